// Binary prefix codes for a pmf: Huffman's lengths (merging in linear or log space), the Shannon lengths from
// log masses, Kraft's sum, the expected length, canonical codewords, and encoding and decoding with them.
#include "info/codes.hpp"

#include "info/error.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <numbers>
#include <queue>
#include <string>
#include <tuple>
#include <vector>

namespace info {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr int longest_codeword = 4096;

void refuse_unbounded(const pmf& p, const char* what) {
  if (p.unbounded())
    throw invalid_input(std::string(what) + ": " + p.name() +
                        " is a family with infinitely many outcomes (held cut at " + std::to_string(p.size()) +
                        "); a code here is built for a finite alphabet: give a list or a bounded family such as "
                        "binomial(n,p)");
}

// log(e^a + e^b), exact when one side is −∞.
double log_add(double a, double b) {
  const double hi = std::max(a, b), lo = std::min(a, b);
  if (lo == -inf) return hi;
  return hi + std::log1p(std::exp(lo - hi));
}

}  // namespace

code_lengths huffman_lengths(const pmf& p) {
  refuse_unbounded(p, "Huffman code");
  const auto n = static_cast<std::size_t>(p.size());
  // Outcomes with mass; merged in linear space when every such mass is a positive double (so that 0.1 + 0.1
  // ties exactly with 0.2), otherwise in log space, where an underflowed mass is still an ordinary number.
  std::vector<double> logm(n);
  bool linear = true;
  std::size_t m = 0;
  for (std::size_t x = 0; x < n; ++x) {
    logm[x] = p.log_mass(static_cast<Eigen::Index>(x));
    if (logm[x] > -inf) {
      ++m;
      if (!(p.mass()(static_cast<Eigen::Index>(x)) > 0.0)) linear = false;
    }
  }
  code_lengths out{std::vector<int>(n, code_lengths::none)};
  if (m == 1) {
    for (std::size_t x = 0; x < n; ++x)
      if (logm[x] > -inf) out.bits[x] = 0;  // one outcome: nothing to send
    return out;
  }
  // Nodes: the outcomes 0..n-1, then each merge. A node's key is its mass (or log mass); ties go to the node
  // made first (the smaller id).
  std::vector<double> key(n);
  for (std::size_t x = 0; x < n; ++x) key[x] = linear ? p.mass()(static_cast<Eigen::Index>(x)) : logm[x];
  std::vector<std::size_t> parent(n, 0);
  using entry = std::pair<double, std::size_t>;
  std::priority_queue<entry, std::vector<entry>, std::greater<>> heap;
  for (std::size_t x = 0; x < n; ++x)
    if (logm[x] > -inf) heap.emplace(key[x], x);
  while (heap.size() > 1) {
    const entry a = heap.top();
    heap.pop();
    const entry b = heap.top();
    heap.pop();
    const std::size_t id = key.size();
    key.push_back(linear ? a.first + b.first : log_add(a.first, b.first));
    parent.push_back(0);
    parent[a.second] = id;
    parent[b.second] = id;
    heap.emplace(key[id], id);
  }
  // Depths, from the root (the last node made) down: a parent is always made after its children.
  const std::size_t root = key.size() - 1;
  std::vector<int> depth(key.size(), 0);
  for (std::size_t id = root; id-- > 0;)
    if (id >= n || logm[id] > -inf) depth[id] = depth[parent[id]] + 1;
  for (std::size_t x = 0; x < n; ++x)
    if (logm[x] > -inf) out.bits[x] = depth[x];
  return out;
}

code_lengths shannon_lengths(const pmf& p) {
  refuse_unbounded(p, "Shannon code");
  const auto n = static_cast<std::size_t>(p.size());
  code_lengths out{std::vector<int>(n, code_lengths::none)};
  for (std::size_t x = 0; x < n; ++x) {
    const auto k = static_cast<Eigen::Index>(x);
    const double mass = p.mass()(k);
    // −log₂ P(x): from the mass where it is a normal double (log2 is exact at powers of two), else from the
    // log mass (an underflowed mass of a family), −∞ off the support.
    double bits;
    if (std::isnormal(mass)) {
      bits = -std::log2(mass);
    } else {
      const double lm = p.log_mass(k);
      if (lm == -inf) continue;
      bits = -lm / std::numbers::ln2;
    }
    if (!(bits < static_cast<double>(INT_MAX / 2)))
      throw invalid_input("Shannon code: outcome " + std::to_string(x) + " of " + p.name() +
                          " is too improbable for a codeword length in bits to be held");
    out.bits[x] = std::max(0, static_cast<int>(std::ceil(bits)));  // a mass a hair above 1 still gets 0
  }
  return out;
}

double kraft_sum(const code_lengths& lengths) {
  double sum = 0.0;
  for (std::size_t x = 0; x < lengths.size(); ++x) {
    const int l = lengths[x];
    if (l < code_lengths::none)
      throw invalid_input("Kraft sum: outcome " + std::to_string(x) + " has length " + std::to_string(l) +
                          "; a codeword length is 0 or more (or code_lengths::none for no codeword)");
    if (l != code_lengths::none) sum += std::ldexp(1.0, -l);
  }
  return sum;
}

double expected_length(const pmf& p, const code_lengths& lengths) {
  refuse_unbounded(p, "expected code length");
  if (static_cast<std::size_t>(p.size()) > lengths.size())
    throw invalid_input("expected code length: " + p.name() + " has " + std::to_string(p.size()) +
                        " outcomes but the code has codeword lengths for " + std::to_string(lengths.size()));
  double sum = 0.0;
  for (std::size_t x = 0; x < static_cast<std::size_t>(p.size()); ++x) {
    const auto k = static_cast<Eigen::Index>(x);
    if (p.log_mass(k) == -inf) continue;  // never occurs: costs nothing
    if (lengths[x] == code_lengths::none) return inf;
    sum += p.mass()(k) * lengths[x];
  }
  return sum;
}

pmf implied_pmf(const code_lengths& lengths, std::string name) {
  const double k = kraft_sum(lengths);
  if (std::abs(k - 1.0) > 1e-12)
    throw invalid_input("implied distribution: the code's Kraft sum is " + std::to_string(k) +
                        ", not 1; only a complete code implies a distribution 2^-l(x)");
  Eigen::ArrayXd mass(static_cast<Eigen::Index>(lengths.size()));
  for (std::size_t x = 0; x < lengths.size(); ++x)
    mass(static_cast<Eigen::Index>(x)) = lengths[x] == code_lengths::none ? 0.0 : std::ldexp(1.0, -lengths[x]);
  return pmf(mass, std::move(name));
}

std::vector<std::string> codewords(const code_lengths& lengths) {
  std::vector<std::size_t> order;
  for (std::size_t x = 0; x < lengths.size(); ++x) {
    if (lengths[x] < code_lengths::none)
      throw invalid_input("codewords: outcome " + std::to_string(x) + " has length " + std::to_string(lengths[x]));
    if (lengths[x] > longest_codeword)
      throw invalid_input("codewords: outcome " + std::to_string(x) + " would need a codeword of " +
                          std::to_string(lengths[x]) + " bits; codewords are written out up to " +
                          std::to_string(longest_codeword) + " bits");
    if (lengths[x] != code_lengths::none) order.push_back(x);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return lengths[a] < lengths[b]; });
  std::vector<std::string> words(lengths.size());
  std::string word;  // the previous codeword
  bool first = true;
  for (std::size_t x : order) {
    const auto l = static_cast<std::size_t>(lengths[x]);
    if (!first) {
      // The next codeword: the previous one plus 1; all ones cannot be incremented: Kraft's sum exceeds 1.
      std::size_t i = word.size();
      while (i > 0 && word[i - 1] == '1') word[--i] = '0';
      if (i == 0)
        throw invalid_input("codewords: the lengths' Kraft sum exceeds 1, so no prefix code has them "
                            "(Kraft's inequality)");
      word[i - 1] = '1';
    }
    word.resize(l, '0');  // shifted left to its length (lengths never decrease in this order)
    words[x] = word;
    first = false;
  }
  return words;
}

bool is_prefix_free(const std::vector<std::string>& words) {
  std::vector<std::string> sorted;
  for (const std::string& w : words)
    if (!w.empty()) sorted.push_back(w);
  std::sort(sorted.begin(), sorted.end());
  // In lexicographic order, a word that is a prefix of another is a prefix of the word right after it.
  for (std::size_t i = 1; i < sorted.size(); ++i)
    if (sorted[i].compare(0, sorted[i - 1].size(), sorted[i - 1]) == 0) return false;
  return true;
}

std::string encode(const std::vector<std::string>& words, const std::vector<Eigen::Index>& message) {
  std::string bits;
  for (std::size_t i = 0; i < message.size(); ++i) {
    const Eigen::Index x = message[i];
    if (x < 0 || static_cast<std::size_t>(x) >= words.size() || words[static_cast<std::size_t>(x)].empty())
      throw invalid_input("encode: symbol " + std::to_string(i) + " of the message is outcome " + std::to_string(x) +
                          ", which has no codeword in this code of " + std::to_string(words.size()) + " outcomes");
    bits += words[static_cast<std::size_t>(x)];
  }
  return bits;
}

std::vector<Eigen::Index> decode(const std::vector<std::string>& words, std::string_view bits) {
  // A binary tree of the codewords: node 0 is the root; a leaf holds its outcome.
  struct node {
    std::size_t child[2] = {0, 0};  // 0: none (the root is never a child)
    Eigen::Index symbol = -1;
  };
  std::vector<node> tree(1);
  std::size_t count = 0;
  for (std::size_t x = 0; x < words.size(); ++x) {
    if (words[x].empty()) continue;  // no codeword
    ++count;
    std::size_t at = 0;
    for (char c : words[x]) {
      if (c != '0' && c != '1')
        throw invalid_input("decode: the codeword of outcome " + std::to_string(x) + " holds '" + std::string(1, c) +
                            "'; codewords are strings of 0 and 1");
      if (tree[at].symbol >= 0)
        throw invalid_input("decode: the code is not prefix-free: a codeword is a prefix of outcome " +
                            std::to_string(x) + "'s");
      const int bit = c - '0';
      if (tree[at].child[bit] == 0) {
        tree[at].child[bit] = tree.size();
        tree.emplace_back();
      }
      at = tree[at].child[bit];
    }
    if (tree[at].symbol >= 0 || tree[at].child[0] != 0 || tree[at].child[1] != 0)
      throw invalid_input("decode: the code is not prefix-free: outcome " + std::to_string(x) +
                          "'s codeword is a prefix of another or repeats one");
    tree[at].symbol = static_cast<Eigen::Index>(x);
  }
  if (count == 0)
    throw invalid_input("decode: the code has no non-empty codeword (a one-symbol code sends no bits: its "
                        "messages are told apart by their lengths alone)");
  std::vector<Eigen::Index> message;
  std::size_t at = 0;
  for (std::size_t i = 0; i < bits.size(); ++i) {
    const char c = bits[i];
    if (c != '0' && c != '1')
      throw invalid_input("decode: bit " + std::to_string(i) + " is '" + std::string(1, c) + "', not 0 or 1");
    at = tree[at].child[c - '0'];
    if (at == 0)
      throw invalid_input("decode: the bits from position " + std::to_string(i) + " on match no codeword");
    if (tree[at].symbol >= 0) {
      message.push_back(tree[at].symbol);
      at = 0;
    }
  }
  if (at != 0)
    throw invalid_input("decode: the bits end in the middle of a codeword");
  return message;
}

}  // namespace info
