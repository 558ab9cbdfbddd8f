// Parsing JSON text through nlohmann's SAX interface, which (unlike json::parse) reports the
// byte offset of every error, including number overflow, and lets us see duplicate keys.
#include "format/json_document.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace cr {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxMessageBytes = 160;

bool isContinuationByte(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The length a UTF-8 sequence starting with `lead` announces; 0 for a byte that cannot start one.
std::size_t announcedLength(unsigned char lead) {
    return lead < 0x80           ? 1
           : (lead >> 5) == 0x6  ? 2
           : (lead >> 4) == 0xE  ? 3
           : (lead >> 3) == 0x1E ? 4
                                 : 0;
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    const std::size_t length = announcedLength(static_cast<unsigned char>(s[i]));
    if (length == 0 || i + length > s.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (!isContinuationByte(static_cast<unsigned char>(s[i + k]))) {
            return 0;
        }
    }
    return length;
}

// nlohmann notices a truncated UTF-8 sequence at the byte after it; point at its lead byte.
std::size_t startOfBrokenSequence(std::string_view s, std::size_t offset) {
    std::size_t k = offset;
    while (k > 0 && offset - k < 3 && isContinuationByte(static_cast<unsigned char>(s[k - 1]))) {
        --k;
    }
    if (k == 0) {
        return offset;
    }
    const std::size_t length = announcedLength(static_cast<unsigned char>(s[k - 1]));
    return length > 1 && length > offset - (k - 1) ? k - 1 : offset;
}

// nlohmann quotes the offending input in its messages; garbage input must not become garbage
// (or megabytes) on the user's terminal.
std::string printable(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (out.size() >= kMaxMessageBytes) {
            out += "...";
            break;
        }
        std::size_t length = utf8SequenceLength(s, i);
        if (length == 0) {
            out += '?';
            ++i;
        } else {
            out.append(s.substr(i, length));
            i += length;
        }
    }
    return out;
}

// "[json.exception.parse_error.101] parse error at line 1, column 8: syntax error while ..."
// -> "syntax error while ...": the location is reported separately.
std::string syntaxMessage(const std::string& what) {
    auto column = what.find(", column ");
    if (column != std::string::npos) {
        auto colon = what.find(": ", column);
        if (colon != std::string::npos) {
            return printable(std::string_view(what).substr(colon + 2));
        }
    }
    auto bracket = what.find("] ");
    return printable(bracket == std::string::npos ? what : what.substr(bracket + 2));
}

std::string escapeKey(const std::string& key) {
    return pointerJoin("", key);
}

// Builds the DOM like json::parse does, plus duplicate-key and depth checks.
class DocumentBuilder final : public nlohmann::json_sax<json> {
public:
    DocumentBuilder(std::string_view text, ParsedJson& out) : m_text(text), m_out(out) {}

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override { return value(std::move(v)); }
    bool binary(binary_t&) override { return false; } // JSON text has no binary values
    bool start_object(std::size_t) override { return open(json::value_t::object); }
    bool start_array(std::size_t) override { return open(json::value_t::array); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& top = m_stack.back();
        if (top.container->contains(k)) {
            m_out.problems.push_back(
                {containerPointer() + escapeKey(k), "duplicate key: each key may appear once"});
        }
        top.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& ex) override {
        m_out.failed = true;
        m_out.problems.clear();
        std::size_t offset = position == 0 ? 0 : position - 1; // position: 1-based, last read
        std::string message = syntaxMessage(ex.what());
        if (ex.id == 406) { // number overflow: point at the number's first character
            offset = position >= lastToken.size() ? position - lastToken.size() : 0;
            message = "number out of range: " + printable(lastToken);
        } else if (message.find("ill-formed UTF-8") != std::string::npos) {
            offset = startOfBrokenSequence(m_text, std::min(offset, m_text.size()));
        } else if (m_text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            message = "the document is empty: expected a JSON object";
        }
        m_out.problems.push_back({lineColumn(m_text, std::min(offset, m_text.size())), message});
        return false;
    }

private:
    struct Frame {
        json* container;
        std::string key; // current key when the container is an object
    };
    std::string_view m_text;
    ParsedJson& m_out;
    std::vector<Frame> m_stack;

    // Where the next value goes. Pointers into a parent stay valid because only the innermost
    // open container ever grows.
    json* slot() {
        if (m_stack.empty()) {
            return &m_out.value;
        }
        Frame& top = m_stack.back();
        if (top.container->is_array()) {
            top.container->push_back(nullptr);
            return &top.container->back();
        }
        return &(*top.container)[top.key];
    }

    bool value(json v) {
        *slot() = std::move(v);
        return true;
    }

    bool open(json::value_t type) {
        if (m_stack.size() >= kMaxJsonDepth) {
            m_out.failed = true;
            m_out.problems.clear();
            const Frame& top = m_stack.back(); // the new value's place inside it
            const std::string where = top.container->is_array()
                                          ? pointerJoin(containerPointer(), top.container->size())
                                          : containerPointer() + escapeKey(top.key);
            m_out.problems.push_back(
                {where, "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"});
            return false;
        }
        json* target = slot();
        *target = json(type);
        m_stack.push_back({target, {}});
        return true;
    }

    bool close() {
        m_stack.pop_back();
        return true;
    }

    // The pointer of the innermost open container.
    std::string containerPointer() const {
        std::string pointer;
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i) {
            const Frame& f = m_stack[i];
            pointer = f.container->is_array() ? pointerJoin(pointer, f.container->size() - 1)
                                              : pointerJoin(pointer, f.key);
        }
        return pointer;
    }
};

constexpr std::size_t kUnseen = std::numeric_limits<std::size_t>::max();

// Numbers every value in document order and records the number of the pointers asked for.
class OrderIndexer final : public nlohmann::json_sax<json> {
public:
    explicit OrderIndexer(std::unordered_map<std::string, std::size_t>& wanted)
        : m_wanted(wanted) {}

    bool null() override { return visit(); }
    bool boolean(bool) override { return visit(); }
    bool number_integer(number_integer_t) override { return visit(); }
    bool number_unsigned(number_unsigned_t) override { return visit(); }
    bool number_float(number_float_t, const string_t&) override { return visit(); }
    bool string(string_t&) override { return visit(); }
    bool binary(binary_t&) override { return false; }
    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        m_pointer.resize(m_stack.back().base);
        m_pointer += escapeKey(k);
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

private:
    struct Frame {
        bool array;
        std::size_t base; // length of the container's pointer
        std::size_t next = 0;
    };
    std::unordered_map<std::string, std::size_t>& m_wanted;
    std::vector<Frame> m_stack;
    std::string m_pointer;
    std::size_t m_counter = 0;

    bool visit() {
        if (!m_stack.empty() && m_stack.back().array) {
            Frame& top = m_stack.back();
            m_pointer.resize(top.base);
            m_pointer += "/" + std::to_string(top.next++);
        }
        if (auto it = m_wanted.find(m_pointer); it != m_wanted.end() && it->second == kUnseen) {
            it->second = m_counter;
        }
        ++m_counter;
        return true;
    }
    bool open(bool array) {
        visit();
        if (m_stack.size() >= kMaxJsonDepth) {
            return false;
        }
        m_stack.push_back({array, m_pointer.size()});
        return true;
    }
    bool close() {
        m_stack.pop_back();
        return true;
    }
};

bool isPointer(const std::string& where) {
    return where.empty() || where.front() == '/';
}

} // namespace

ParsedJson parseJson(std::string_view text) {
    ParsedJson out;
    DocumentBuilder builder(text, out);
    if (!json::sax_parse(text, &builder) && !out.failed) {
        out.failed = true; // defensive: every abort path above records its problem
        out.problems.push_back({lineColumn(text, 0), "invalid JSON"});
    }
    return out;
}

std::string lineColumn(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const std::size_t newline = before.rfind('\n');
    const std::size_t lineStart = newline == std::string_view::npos ? 0 : newline + 1;
    std::size_t column = 1;
    for (std::size_t i = lineStart; i < before.size(); ++i) {
        column += isContinuationByte(static_cast<unsigned char>(before[i])) ? 0 : 1;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

void sortByDocumentOrder(Problems& problems, std::string_view text) {
    std::unordered_map<std::string, std::size_t> wanted;
    for (const auto& p : problems) {
        if (!isPointer(p.where)) {
            continue;
        }
        for (std::size_t cut = p.where.size();; cut = p.where.rfind('/', cut - 1)) {
            wanted.emplace(p.where.substr(0, cut), kUnseen);
            if (cut == 0) {
                break;
            }
        }
    }
    if (wanted.empty()) {
        return;
    }
    OrderIndexer indexer(wanted);
    json::sax_parse(text, &indexer);

    auto rank = [&](const Problem& p) -> std::size_t {
        if (!isPointer(p.where)) {
            return 0;
        }
        for (std::size_t cut = p.where.size();; cut = p.where.rfind('/', cut - 1)) {
            auto it = wanted.find(p.where.substr(0, cut));
            if (it != wanted.end() && it->second != kUnseen) {
                return it->second;
            }
            if (cut == 0) {
                return 0;
            }
        }
    };
    std::vector<std::pair<std::size_t, Problem>> ranked;
    ranked.reserve(problems.size());
    for (auto& p : problems) {
        ranked.emplace_back(rank(p), std::move(p));
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < problems.size(); ++i) {
        problems[i] = std::move(ranked[i].second);
    }
}

} // namespace cr
