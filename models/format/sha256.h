// SHA-256 of bytes as lower-case hex (OpenSSL libcrypto).
#pragma once

#include <string>
#include <string_view>

namespace cr {

std::string sha256Hex(std::string_view bytes);

} // namespace cr
