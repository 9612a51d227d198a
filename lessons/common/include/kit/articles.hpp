/// \file articles.hpp
/// \brief The five articles the workbook grew from, cited as a reader can look them up: title and author.
///
/// Usage:
/// \code
///   s.say("The example of " + kit::cite(kit::article::opengenus) + ": ...");
///   // The example of “Kullback-Leibler Divergence” (OpenGenus IQ, unsigned): ...
///   s.erratum({.source = kit::article::differences, .claim = "...", ...});
/// \endcode
/// None of the articles names its author except through its site; the citation says so rather than guess.
#pragma once

#include <string>
#include <string_view>

namespace kit {

/// The articles, by what a reader remembers them for.
enum class article {
  blog,         ///< “KL Divergence and Cross Entropy”: the binomial against the uniform, forward and reverse KL
  mnist,        ///< “Kullback–Leibler divergence and cross-entropy”: binomial against Poisson, MNIST
  differences,  ///< “Differences between cross-entropy and KL divergence”: R and S over {1, 2, 3}
  opengenus,    ///< “Kullback-Leibler Divergence” (OpenGenus IQ): Binomial(2, 0.4), cat or dog, rel_entr
  course,       ///< “Cross Entropy & KL Divergence”: surprisal, the biased coin, JS in bits
};

/// The article's title, as it heads the article.
[[nodiscard]] std::string_view title(article a);
/// Who wrote it, as far as the article says: "an unsigned blog post", "OpenGenus IQ, unsigned".
[[nodiscard]] std::string_view author(article a);
/// Title and author: "“Kullback-Leibler Divergence” (OpenGenus IQ, unsigned)".
[[nodiscard]] std::string cite(article a);

}  // namespace kit
