/// \file json_reader.hpp
/// \brief A strict reader for the calculator's JSON, written here so that the tests depend on no JSON library.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cli {

/// A JSON value; objects keep their members in order, so the tests can check the key order too.
struct json {
  enum class kind { null, boolean, number, string, array, object };
  kind type = kind::null;
  bool truth = false;
  double number = 0.0;
  std::string text;                                  ///< a string's value, or a number as written
  std::vector<json> items;                           ///< an array's items
  std::vector<std::pair<std::string, json>> members;  ///< an object's members, in order

  /// The member called `key`. \throws std::runtime_error when absent or not an object.
  [[nodiscard]] const json& operator[](const std::string& key) const;
  /// True for an object with a member `key`.
  [[nodiscard]] bool has(const std::string& key) const;
};

/// Reads exactly one JSON value from `text` (whitespace around it allowed, nothing else).
/// \throws std::runtime_error naming the offset of the first defect.
[[nodiscard]] json read_json(std::string_view text);

}  // namespace cli
