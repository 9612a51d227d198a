/// \file tables.hpp
/// \brief Reading what is not a spec of info::parse_spec: a table of probabilities (a joint distribution J
/// or a channel W) and a multivariate normal mvnormal(mean | covariance).
///
/// A table is written as rows separated by ';' and entries by ',': "0.3,0.2;0.1,0.4" (X the row, Y the
/// column). Every number may be a decimal or a fraction a/b, as in a spec's list.
#pragma once

#include "info/mvnormal.hpp"

#include <Eigen/Core>

#include <string>
#include <string_view>
#include <vector>

namespace infocalc {

/// Reads a table's rows. `name` ("J", "W") labels the messages, `columns` says what a column is ("value of
/// Y", "output"). Nothing is checked beyond the shape: the library validates the masses.
/// \throws usage_error for an entry that is not a finite number, an empty entry, or rows of different lengths.
[[nodiscard]] std::vector<std::vector<double>> parse_table(std::string_view text, std::string_view name,
                                                           std::string_view columns);

/// The table as infocalc shows it: "0.3, 0.2; 0.1, 0.4".
[[nodiscard]] std::string describe_table(const Eigen::ArrayXXd& table);

/// True for a spec that names the multivariate normal: "mvnormal(...)".
[[nodiscard]] bool is_mvnormal(std::string_view text) noexcept;

/// Reads mvnormal(m1,...,mk | c11,...,c1k; ...; ck1,...,ckk): the mean, then the covariance's k rows.
/// \throws usage_error for malformed text or a dimension mismatch, naming `name` ("P"); the library's refusal
/// (a covariance not symmetric or not positive definite) likewise, prefixed with `name`.
[[nodiscard]] info::mvnormal parse_mvnormal(std::string_view text, std::string_view name);

/// The distribution as a spec: "mvnormal(0, 0 | 1, 0.5; 0.5, 2)".
[[nodiscard]] std::string describe_mvnormal(const info::mvnormal& n);

}  // namespace infocalc
