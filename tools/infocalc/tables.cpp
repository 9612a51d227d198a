#include "tables.hpp"

#include "request.hpp"

#include "info/error.hpp"

#include <fmt/format.h>

#include <charconv>
#include <optional>
#include <cmath>

namespace infocalc {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A whole decimal number, or nothing.
std::optional<double> decimal(std::string_view text) {
  text = trimmed(text);
  double v = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// A decimal or a fraction a/b, as a spec's list takes them. \throws usage_error naming the entry and `where`.
double number(std::string_view text, const std::string& where, std::string_view advice) {
  const auto slash = text.find('/');
  const auto a = decimal(text.substr(0, slash));
  const auto b = slash == std::string_view::npos ? std::optional(1.0) : decimal(text.substr(slash + 1));
  if (!a || !b || *b == 0.0 || !std::isfinite(*a / *b))
    throw usage_error(fmt::format("{}: '{}' is not a finite number (or a fraction a/b with b != 0): {}", where,
                                  trimmed(text), advice));
  return *a / *b;
}

std::vector<std::string_view> split(std::string_view text, char at) {
  std::vector<std::string_view> parts;
  for (;;) {
    const auto i = text.find(at);
    parts.push_back(text.substr(0, i));
    if (i == std::string_view::npos) return parts;
    text.remove_prefix(i + 1);
  }
}

std::string listed(const auto& values) {
  std::string s;
  for (const double v : values) s += fmt::format("{}{}", s.empty() ? "" : ", ", v + 0.0);
  return s;
}

}  // namespace

std::vector<std::vector<double>> parse_table(std::string_view text, std::string_view name, std::string_view columns) {
  const std::string advice = fmt::format("write {} as rows separated by ';' and entries by ',', e.g. 0.3,0.2;0.1,0.4",
                                         name);
  if (trimmed(text).empty()) throw usage_error(fmt::format("{} is empty: {}", name, advice));
  std::vector<std::vector<double>> rows;
  for (const auto row : split(text, ';')) {
    std::vector<double> entries;
    for (const auto entry : split(row, ','))
      entries.push_back(number(entry, fmt::format("{}'s row {}", name, rows.size()), advice));
    if (!rows.empty() && entries.size() != rows.front().size())
      throw usage_error(fmt::format("{}'s rows have different lengths: row 0 has {} entries but row {} has {}: give "
                                    "every row the same number of entries, one per {}",
                                    name, rows.front().size(), rows.size(), entries.size(), columns));
    rows.push_back(std::move(entries));
  }
  return rows;
}

std::string describe_table(const Eigen::ArrayXXd& table) {
  std::string s;
  for (Eigen::Index x = 0; x < table.rows(); ++x) s += (x ? "; " : "") + listed(table.row(x));
  return s;
}

bool is_mvnormal(std::string_view text) noexcept { return trimmed(text).starts_with("mvnormal("); }

info::mvnormal parse_mvnormal(std::string_view text, std::string_view name) {
  const auto advice = "write mvnormal(m1,...,mk|c11,...,c1k;...;ck1,...,ckk): the mean, '|', then the covariance's "
                      "k rows separated by ';', e.g. mvnormal(0,0|1,0.5;0.5,2)";
  text = trimmed(text);
  const auto bar = text.find('|');
  if (!text.ends_with(')') || bar == std::string_view::npos)
    throw usage_error(fmt::format("{} = {} is not a multivariate normal: {}", name, text, advice));
  const std::string_view inside = text.substr(9, text.size() - 10);  // between "mvnormal(" and ")"
  const auto split_at = inside.find('|');
  if (inside.find('|', split_at + 1) != std::string_view::npos)
    throw usage_error(fmt::format("{} = {} has more than one '|': {}", name, text, advice));
  std::vector<double> mean;
  for (const auto entry : split(inside.substr(0, split_at), ','))
    mean.push_back(number(entry, fmt::format("{}'s mean", name), advice));
  const auto rows = parse_table(inside.substr(split_at + 1), fmt::format("{}'s covariance", name), "coordinate");
  const std::size_t k = mean.size();
  if (rows.size() != k || rows.front().size() != k)
    throw usage_error(fmt::format("{}'s mean has dimension {} but its covariance is {}x{}: give a {}x{} covariance, "
                                  "{} rows of {} entries separated by ';'",
                                  name, k, rows.size(), rows.front().size(), k, k, k, k));
  Eigen::VectorXd m(static_cast<Eigen::Index>(k));
  Eigen::MatrixXd c(m.size(), m.size());
  for (std::size_t i = 0; i < k; ++i) {
    m(static_cast<Eigen::Index>(i)) = mean[i];
    for (std::size_t j = 0; j < k; ++j) c(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
  }
  try {
    return info::mvnormal(std::move(m), std::move(c));
  } catch (const info::invalid_input& e) {
    throw usage_error(fmt::format("{} = {}: {}", name, text, e.what()));
  }
}

std::string describe_mvnormal(const info::mvnormal& n) {
  const Eigen::ArrayXXd c = n.covariance().array();
  return fmt::format("mvnormal({} | {})", listed(n.mean()), describe_table(c));
}

}  // namespace infocalc
