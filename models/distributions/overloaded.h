// The usual `overloaded` helper for std::visit over Distribution (internal to distributions/).
#pragma once

namespace cr::detail {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace cr::detail
