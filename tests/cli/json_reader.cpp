#include "json_reader.hpp"

#include <cctype>
#include <cstdlib>
#include <stdexcept>

namespace cli {
namespace {

class reader {
 public:
  explicit reader(std::string_view text) : s_(text) {}

  json document() {
    json v = value();
    space();
    if (i_ != s_.size()) fail("text after the JSON value");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(i_));
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void expect(char c) {
    if (peek() != c) fail(std::string{"expected '"} + c + "'");
    ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  json value() {
    space();
    json v;
    const char c = peek();
    if (c == '{') {
      v.type = json::kind::object;
      ++i_;
      space();
      if (peek() == '}') {
        ++i_;
        return v;
      }
      for (;;) {
        space();
        std::string key = string();
        space();
        expect(':');
        v.members.emplace_back(std::move(key), value());
        space();
        if (peek() == ',') {
          ++i_;
          continue;
        }
        expect('}');
        return v;
      }
    }
    if (c == '[') {
      v.type = json::kind::array;
      ++i_;
      space();
      if (peek() == ']') {
        ++i_;
        return v;
      }
      for (;;) {
        v.items.push_back(value());
        space();
        if (peek() == ',') {
          ++i_;
          continue;
        }
        expect(']');
        return v;
      }
    }
    if (c == '"') {
      v.type = json::kind::string;
      v.text = string();
      return v;
    }
    if (literal("null")) return v;
    if (literal("true") || literal("false")) {
      v.type = json::kind::boolean;
      v.truth = s_[i_ - 1] == 'e' && s_[i_ - 2] == 'u';
      return v;
    }
    return number();
  }

  std::string string() {
    expect('"');
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail("unterminated string");
      const char c = s_[i_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("raw control character in a string");
      if (c != '\\') {
        out += c;
        continue;
      }
      const char e = peek();
      ++i_;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          if (i_ + 4 > s_.size()) fail("short \\u escape");
          for (int k = 0; k < 4; ++k)
            if (!std::isxdigit(static_cast<unsigned char>(s_[i_ + k]))) fail("bad \\u escape");
          const long code = std::strtol(std::string{s_.substr(i_, 4)}.c_str(), nullptr, 16);
          if (code < 0x80) out += static_cast<char>(code);
          else out += '?';  // the calculator only escapes control characters
          i_ += 4;
          break;
        }
        default: fail("bad escape");
      }
    }
  }

  // JSON's number grammar exactly: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  json number() {
    const std::size_t start = i_;
    auto digits = [&] {
      const std::size_t from = i_;
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++i_;
      return i_ > from;
    };
    if (peek() == '-') ++i_;
    if (peek() == '0') ++i_;
    else if (!digits()) fail("expected a value");
    if (peek() == '.') {
      ++i_;
      if (!digits()) fail("digits expected after the decimal point");
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!digits()) fail("digits expected in the exponent");
    }
    json v;
    v.type = json::kind::number;
    v.text = std::string{s_.substr(start, i_ - start)};
    v.number = std::strtod(v.text.c_str(), nullptr);
    return v;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

const json& json::operator[](const std::string& key) const {
  for (const auto& [k, v] : members)
    if (k == key) return v;
  throw std::runtime_error("JSON: no member \"" + key + "\"");
}

bool json::has(const std::string& key) const {
  for (const auto& m : members)
    if (m.first == key) return true;
  return false;
}

json read_json(std::string_view text) { return reader{text}.document(); }

}  // namespace cli
