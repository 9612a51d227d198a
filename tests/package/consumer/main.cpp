#include <info/discrete_measures.hpp>
#include <iostream>

int main() {
  const info::pmf p{0.1, 0.4, 0.5};
  const info::pmf q{0.8, 0.15, 0.05};
  const double kl = info::kl_divergence(p, q, info::base::bits);
  std::cout << "KL(P||Q) = " << kl << " bits\n";
}
