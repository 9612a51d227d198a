// The articles' titles and authors, as the articles themselves give them.
#include "kit/articles.hpp"

namespace kit {

std::string_view title(article a) {
  switch (a) {
    case article::blog: return "KL Divergence and Cross Entropy";
    case article::mnist: return "Kullback–Leibler divergence and cross-entropy";
    case article::differences: return "Differences between cross-entropy and KL divergence";
    case article::opengenus: return "Kullback-Leibler Divergence";
    case article::course: return "Cross Entropy & KL Divergence";
  }
  return "";
}

std::string_view author(article a) {
  switch (a) {
    case article::blog: return "an unsigned blog post";
    case article::mnist: return "an unsigned tutorial with an MNIST example";
    case article::differences: return "an unsigned tutorial";
    case article::opengenus: return "OpenGenus IQ, unsigned";
    case article::course: return "unsigned course notes, 2025-10-18";
  }
  return "";
}

std::string cite(article a) { return "“" + std::string(title(a)) + "” (" + std::string(author(a)) + ")"; }

}  // namespace kit
