// Lesson 12: entropy as code length.
//
// A binary prefix code gives each outcome a codeword of ℓ(x) bits, no codeword the start of another, so that
// a stream of bits reads back without separators. Kraft: such lengths exist exactly when Σ 2^(−ℓ) ≤ 1. No
// prefix code for P has an expected length L = Σ P(x) ℓ(x) below the entropy H(P) bits, and two codes come
// within a bit of it: the Shannon code, ℓ = ⌈−log₂ P(x)⌉, and Huffman's, the shortest there is. A code built
// for Q is a model of the source: coding P with it costs the cross-entropy H(P, Q) (to within a bit), and
// KL(P‖Q) is the extra. Measured here on two real texts, letter by letter and in pairs.
//
// This lesson goes beyond the articles the workbook grew from: it cites none of them.
#include "kit/lesson.hpp"
#include "kit/slack.hpp"
#include "texts.hpp"

#include <info/info.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

namespace {

using info::code_lengths;

// ---------------------------------------------------------------------------------------------------
// Codes and how they are shown.

// Both codes of a pmf, with their codewords and expected lengths (bits) and the entropy (bits).
struct codes {
  code_lengths huffman, shannon;
  std::vector<std::string> huffman_words, shannon_words;
  double l_huffman = 0, l_shannon = 0, h_bits = 0;
};

codes build(const info::pmf& p) {
  codes c;
  c.huffman = info::huffman_lengths(p);
  c.shannon = info::shannon_lengths(p);
  c.huffman_words = info::codewords(c.huffman);
  c.shannon_words = info::codewords(c.shannon);
  c.l_huffman = info::expected_length(p, c.huffman);
  c.l_shannon = info::expected_length(p, c.shannon);
  c.h_bits = info::entropy(p, info::base::bits);
  return c;
}

// A codeword for a table: "—" for none, "(empty)" for the one outcome of a one-symbol code (length 0),
// long ones cut (a binomial's tail can have hundreds of bits).
std::string shown(const std::string& word, int length) {
  if (length == 0) return "(empty)";
  if (word.empty()) return "—";
  if (word.size() <= 22) return word;
  return word.substr(0, 18) + "… (" + std::to_string(word.size()) + ")";
}

kit::cell length_cell(int l) { return l == code_lengths::none ? kit::cell("—") : kit::cell(l); }

// "1.500000 bits", and in the student's unit when it is not bits: "1.500000 bits = 1.039721 nats".
std::string bits_text(const kit::step& s, double bits) {
  std::string t = kit::quantity(bits, "bits");
  if (s.base() != info::base::bits) t += " = " + kit::quantity(bits * std::log(2.0) / info::log_of_base(s.base()), s.unit());
  return t;
}

// The table of both codes for P, one row per outcome.
kit::table code_table(const info::pmf& p, const codes& c, const std::vector<std::string>& names = {}) {
  kit::table t{{"x"}, {"P(x)"}, {"−log₂ P(x)", "bits"}, {"ℓ"}, {"Shannon code"}, {"ℓ"}, {"Huffman code"}};
  t.outcomes(p.size(), [&](long long i) -> std::vector<kit::cell> {
    const auto k = static_cast<std::size_t>(i);
    const double s = -p.log_mass(i) / std::log(2.0);
    return {k < names.size() ? kit::cell(names[k]) : kit::cell(i), p(i), s, length_cell(c.shannon[k]),
            shown(c.shannon_words[k], c.shannon[k]), length_cell(c.huffman[k]),
            shown(c.huffman_words[k], c.huffman[k])};
  });
  return t;
}

// The bounds every step checks: Kraft, H ≤ L < H + 1 for both codes, Huffman no longer than Shannon.
void check_bounds(kit::step& s, const codes& c, const std::string& name) {
  const double tol = kit::rounding(static_cast<Eigen::Index>(c.huffman.size()), c.h_bits + 1);
  s.check(info::identity("Kraft sum of Huffman's code = 1", info::kraft_sum(c.huffman), 1.0, 1e-12));
  s.check(info::at_most("Kraft sum of the Shannon code ≤ 1", info::kraft_sum(c.shannon), 1.0, 1e-12));
  s.check(info::at_least("H(" + name + ") ≤ L(Huffman)", c.l_huffman, c.h_bits, tol));
  s.check(info::at_most("L(Huffman) < H(" + name + ") + 1", c.l_huffman, c.h_bits + 1 - tol));
  s.check(info::at_least("H(" + name + ") ≤ L(Shannon)", c.l_shannon, c.h_bits, tol));
  s.check(info::at_most("L(Shannon) < H(" + name + ") + 1", c.l_shannon, c.h_bits + 1 - tol));
  s.check(info::at_most("L(Huffman) ≤ L(Shannon)", c.l_huffman, c.l_shannon, tol));
}

// ---------------------------------------------------------------------------------------------------
// Text: the alphabet a–z plus space.

constexpr int letters = 27;  // a..z are 0..25, the space 26

std::string letter_name(std::size_t x) { return x == 26 ? std::string("␣") : std::string(1, static_cast<char>('a' + x)); }

// The text as symbols: letters lower-cased, every run of other characters one space, no space at either end.
std::vector<Eigen::Index> symbols(std::string_view text) {
  std::vector<Eigen::Index> out;
  bool gap = false;
  for (char ch : text) {
    const char c = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    if (c >= 'a' && c <= 'z') {
      if (gap && !out.empty()) out.push_back(26);
      out.push_back(c - 'a');
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

std::vector<long long> counts(const std::vector<Eigen::Index>& text, int alphabet) {
  std::vector<long long> c(static_cast<std::size_t>(alphabet), 0);
  for (Eigen::Index x : text) ++c[static_cast<std::size_t>(x)];
  return c;
}

// The frequencies c/N, or with add-one counts (c + 1)/(N + m), which gives every symbol some mass.
info::pmf frequencies(const std::vector<long long>& c, bool add_one, std::string name) {
  Eigen::ArrayXd w(static_cast<Eigen::Index>(c.size()));
  for (std::size_t x = 0; x < c.size(); ++x) w(static_cast<Eigen::Index>(x)) = static_cast<double>(c[x]) + (add_one ? 1.0 : 0.0);
  return info::pmf::normalised(w, std::move(name));
}

// The two texts, read once.
struct corpus {
  std::vector<Eigen::Index> a = symbols(lesson12::austen), b = symbols(lesson12::melville);
  std::vector<long long> count_a = counts(a, letters), count_b = counts(b, letters);
  info::pmf p_a = frequencies(count_a, false, "P"), q_b = frequencies(count_b, true, "Q");
};

const corpus& texts() {
  static const corpus c;
  return c;
}

// How many symbols of two messages differ (and the difference in length).
long long differences(const std::vector<Eigen::Index>& x, const std::vector<Eigen::Index>& y) {
  long long d = std::abs(static_cast<long long>(x.size()) - static_cast<long long>(y.size()));
  for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) d += x[i] != y[i];
  return d;
}

// ---------------------------------------------------------------------------------------------------
// Step 1: a prefix code, and entropy as its length.
void prefix_code(kit::step& s) {
  s.say(
      "A binary code gives each outcome a codeword, a string of bits. If no codeword is the beginning of "
      "another (a prefix code), a stream of codewords reads back without separators: read bits until they "
      "spell a codeword, write its outcome, start again.\n\n"
      "Four symbols with P = (1/2, 1/4, 1/8, 1/8) and the codewords 0, 10, 110, 111: each outcome's "
      "codeword is exactly its surprisal −log₂ P(x) long.");
  const info::pmf p{0.5, 0.25, 0.125, 0.125};
  const std::vector<std::string> names{"a", "b", "c", "d"};
  const codes c = build(p);
  s.show(code_table(p, c, names));
  s.formula("L = Σ P(x) ℓ(x)  (bits per symbol)        H(P) = −Σ P(x) log₂ P(x)");
  const std::vector<Eigen::Index> message{0, 1, 0, 2, 0, 1, 3, 0};
  const std::string bits = info::encode(c.huffman_words, message);
  std::string text;
  for (Eigen::Index x : message) text += names[static_cast<std::size_t>(x)];
  s.say("The message " + text + " is sent as " + bits + " (" + std::to_string(bits.size()) + " bits for " +
        std::to_string(message.size()) + " symbols), and read back:");
  const std::vector<Eigen::Index> back = info::decode(c.huffman_words, bits);
  std::string read;
  for (Eigen::Index x : back) read += names[static_cast<std::size_t>(x)];
  s.formula(bits + "  →  " + read);
  s.result("L", c.l_huffman, "bits");
  s.result("H(P)", c.h_bits, "bits");
  s.check(info::identity("no codeword is the prefix of another (pairs found)", info::is_prefix_free(c.huffman_words) ? 0 : 1, 0, 0));
  s.check(info::identity("the decoded message equals the message (symbols that differ)", static_cast<double>(differences(back, message)), 0, 0));
  s.check(info::identity("lengths −log₂ P(x) exactly: L = H(P) = 1.75 bits", c.l_huffman, c.h_bits, 1e-15));
  s.check(info::identity("Kraft sum Σ 2^(−ℓ(x)) = 1", info::kraft_sum(c.huffman), 1.0, 0.0));
}

// ---------------------------------------------------------------------------------------------------
// Step 2: Kraft's inequality and the Shannon code.
void shannon_code(kit::step& s) {
  s.say(
      "Which lengths can a prefix code have? Picture the codewords as leaves of a binary tree: a codeword "
      "of ℓ bits uses up 2^(−ℓ) of the tree, so the lengths must satisfy Kraft's inequality, and any "
      "lengths that do are the lengths of some prefix code.");
  s.formula("Σ 2^(−ℓ(x)) ≤ 1        (Kraft)");
  s.say(
      "When P(x) is not a power of 1/2, −log₂ P(x) is not a whole number of bits. The Shannon code rounds "
      "it up: ℓ(x) = ⌈−log₂ P(x)⌉. Then 2^(−ℓ) ≤ P(x), so Kraft holds, and each codeword is less than one "
      "bit longer than the surprisal, so H(P) ≤ L < H(P) + 1.\n\n"
      "P = (0.4, 0.2, 0.2, 0.1, 0.1):");
  const info::pmf p{0.4, 0.2, 0.2, 0.1, 0.1};
  const codes c = build(p);
  s.show(code_table(p, c));
  s.result("Kraft sum of the Shannon code", info::kraft_sum(c.shannon), "");
  s.result("L(Shannon)", c.l_shannon, "bits");
  s.result("H(P)", c.h_bits, "bits");
  const double tol = 1e-15;
  s.check(info::at_most("Kraft sum ≤ 1", info::kraft_sum(c.shannon), 1.0));
  s.check(info::at_least("H(P) ≤ L(Shannon)", c.l_shannon, c.h_bits, tol));
  s.check(info::at_most("L(Shannon) < H(P) + 1", c.l_shannon, c.h_bits + 1 - tol));
  s.check(info::identity("no codeword is the prefix of another (pairs found)", info::is_prefix_free(c.shannon_words) ? 0 : 1, 0, 0));
  s.say("The Kraft sum is below 1: part of the tree is unused, and bits are wasted. Can we do better?");
}

// ---------------------------------------------------------------------------------------------------
// Step 3: Huffman's code.
void huffman_code(kit::step& s) {
  const info::pmf p{0.4, 0.2, 0.2, 0.1, 0.1};
  const codes c = build(p);
  s.say(
      "Huffman's code builds the tree from the bottom: take the two least probable symbols, make them the "
      "two children of a new node whose probability is their sum, and repeat until one node is left. The "
      "two rarest symbols get the longest codewords, which differ in the last bit. No prefix code has a "
      "smaller L. (Ties are broken by taking the node made first: outcomes in their order, then the merged "
      "nodes in the order they were made.)");
  s.predict("On P = (0.4, 0.2, 0.2, 0.1, 0.1) the Shannon code needs " + kit::quantity(c.l_shannon, "bits") +
                " per symbol. How many does Huffman's code need?",
            kit::quantity(c.l_huffman, "bits") + ", " + kit::quantity(c.l_shannon - c.l_huffman, "bits") +
                " less, against H(P) = " + kit::quantity(c.h_bits, "bits") +
                ". Huffman's tree has no unused branch: its Kraft sum is exactly 1.");
  s.show(code_table(p, c));
  kit::table t{{"code"}, {"Kraft sum"}, {"L", "bits"}, {"L − H(P)", "bits"}};
  t.row({"Shannon", info::kraft_sum(c.shannon), c.l_shannon, c.l_shannon - c.h_bits})
      .row({"Huffman", info::kraft_sum(c.huffman), c.l_huffman, c.l_huffman - c.h_bits});
  s.show(t);
  s.say("H(P) = " + bits_text(s, c.h_bits) + ". Both codes land within a bit of it:");
  s.formula("H(P) ≤ L(Huffman) ≤ L(Shannon) < H(P) + 1");
  check_bounds(s, c, "P");
  s.check(info::identity("L(Huffman) = 2.2 bits (by hand: 0.4·2 + 0.2·2 + 0.2·2 + 0.1·3 + 0.1·3)", c.l_huffman, 2.2, 1e-15));
  s.check(info::identity("no codeword is the prefix of another (pairs found)", info::is_prefix_free(c.huffman_words) ? 0 : 1, 0, 0));
}

// ---------------------------------------------------------------------------------------------------
// Step 4: the letters of two texts.
void letter_codes(kit::step& s) {
  const corpus& t = texts();
  s.say(
      "Now a real source. The lesson carries two excerpts of English prose in the public domain: A, the "
      "opening of Jane Austen's Pride and Prejudice (1813), and B, the opening of Herman Melville's "
      "Moby-Dick (1851). The alphabet is the 26 letters and the space (␣): letters are lower-cased, and "
      "every run of other characters (spaces, punctuation, line breaks) becomes one space.");
  s.say("A has " + std::to_string(t.a.size()) + " symbols, B " + std::to_string(t.b.size()) +
        ". P is A's letter frequencies; Huffman's code for A is built from P. A letter A never uses gets no "
        "codeword. Q is B's frequencies with add-one counts, (count + 1)/(N + 27), so that every letter, even "
        "one B never uses, has a codeword in B's code. In the table, Shannon and Huffman are the codeword "
        "lengths in bits of A's two codes, and B's code the length in Huffman's code built from Q.");
  const codes own = build(t.p_a);
  const code_lengths from_b = info::huffman_lengths(t.q_b);
  // Sorted by P, commonest first: the code-length staircase.
  std::vector<std::size_t> order(letters);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return t.p_a(static_cast<Eigen::Index>(x)) > t.p_a(static_cast<Eigen::Index>(y)); });
  kit::table tab{{"x"}, {"count"}, {"P(x)"}, {"−log₂ P(x)", "bits"}, {"Shannon"}, {"Huffman"}, {"Q(x)"},
                 {"B's code"}};
  for (std::size_t x : order) {
    const auto k = static_cast<Eigen::Index>(x);
    tab.row({letter_name(x), static_cast<long long>(t.count_a[x]), t.p_a(k), -t.p_a.log_mass(k) / std::log(2.0),
             length_cell(own.shannon[x]), length_cell(own.huffman[x]), t.q_b(k), length_cell(from_b[x])});
  }
  s.show(tab);
  std::vector<double> rank, surprise, shannon, huffman;
  std::vector<std::vector<double>> rows;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const std::size_t x = order[i];
    if (t.count_a[x] == 0) continue;
    rank.push_back(static_cast<double>(i + 1));
    surprise.push_back(-t.p_a.log_mass(static_cast<Eigen::Index>(x)) / std::log(2.0));
    shannon.push_back(own.shannon[x]);
    huffman.push_back(own.huffman[x]);
    rows.push_back({rank.back(), static_cast<double>(x), t.p_a(static_cast<Eigen::Index>(x)), surprise.back(), shannon.back(), huffman.back()});
  }
  s.say("The code-length staircase: the surprisal −log₂ P(x) of each letter of A, commonest first, with "
        "its two codeword lengths, whole numbers of bits on either side of it.");
  s.show(kit::curves(rank, {{"−log₂ P(x)", surprise}, {"Shannon ℓ = ⌈−log₂ P(x)⌉", shannon}, {"Huffman ℓ", huffman}},
                     {.width = 52, .height = 10, .x_label = "rank of the letter in A", .y_label = "bits"}));
  s.data_file("12_staircase.csv", {"rank", "letter", "p", "surprisal_bits", "shannon_bits", "huffman_bits"}, rows);
  s.result("H(P), the entropy of A's letters", own.h_bits, "bits");
  if (s.base() != info::base::bits) s.result("H(P) in " + s.unit(), info::entropy(t.p_a, s.base()), s.unit());
  s.result("L(Huffman)", own.l_huffman, "bits");
  s.result("L(Shannon)", own.l_shannon, "bits");
  check_bounds(s, own, "P");
}

// ---------------------------------------------------------------------------------------------------
// Step 5: coding A with its own code and with B's: cross-entropy and KL, measured.
void wrong_code(kit::step& s) {
  const corpus& t = texts();
  s.say(
      "A code is a model: lengths ℓ(x) are the surprisals of the distribution Q_ℓ(x) = 2^(−ℓ(x)), and coding "
      "P's outcomes with it costs the cross-entropy H(P, Q_ℓ) bits per symbol. Encode the whole of text A "
      "three times, count the bits, and divide by A's " + std::to_string(t.a.size()) + " symbols.");
  s.formula("bits per symbol = Σ P(x) ℓ(x) = −Σ P(x) log₂ 2^(−ℓ(x)) = H(P, Q_ℓ)");
  const codes own = build(t.p_a);
  const codes theirs = build(t.q_b);
  const auto n = static_cast<double>(t.a.size());
  const std::string bits_own = info::encode(own.huffman_words, t.a);
  const std::string bits_b = info::encode(theirs.huffman_words, t.a);
  const std::string bits_b_shannon = info::encode(theirs.shannon_words, t.a);
  const double m_own = static_cast<double>(bits_own.size()) / n, m_b = static_cast<double>(bits_b.size()) / n,
               m_b_shannon = static_cast<double>(bits_b_shannon.size()) / n;
  const double h = own.h_bits;
  const double h_pq = info::cross_entropy(t.p_a, t.q_b, info::base::bits);
  const double kl = info::kl_divergence(t.p_a, t.q_b, info::base::bits);
  s.predict("Coding A with B's Huffman code instead of its own: how many extra bits per letter? KL(P‖Q) = " +
                kit::quantity(kl, "bits") + " is the price of the wrong model.",
            "Measured: " + kit::quantity(m_b - m_own, "bits") + " per letter (" + kit::quantity(m_b, "bits") + " against " +
                kit::quantity(m_own, "bits") + "), " + (std::abs((m_b - m_own) - kl) < 0.05 ? "close to" : "not far from") +
                " KL. Not equal: whole-bit codewords round each surprisal, and the rounding differs between the codes.");
  kit::table tab{{"code for A"}, {"bits sent"}, {"bits per letter"}, {"compare with", "bits"}};
  tab.row({"Huffman, from A (P)", static_cast<long long>(bits_own.size()), m_own, h})
      .row({"Huffman, from B (Q)", static_cast<long long>(bits_b.size()), m_b, h_pq})
      .row({"Shannon, from B (Q)", static_cast<long long>(bits_b_shannon.size()), m_b_shannon, h_pq});
  s.show(tab);
  s.say("\"Compare with\" is H(P) = " + kit::quantity(h, "bits") + " for A's own code and H(P, Q) = " +
        kit::quantity(h_pq, "bits") + " for B's. The extra bits of the wrong code, against KL(P‖Q) = H(P, Q) − H(P):");
  kit::table extra{{"measured"}, {"bits per letter"}};
  extra.row({"B's Huffman − A's Huffman", m_b - m_own})
      .row({"B's Shannon − A's Huffman", m_b_shannon - m_own})
      .row({"KL(P‖Q), summed by info", kl});
  s.show(extra);
  if (s.base() != info::base::bits)
    s.say("In " + s.unit() + ": H(P) = " + kit::quantity(info::entropy(t.p_a, s.base()), s.unit()) + ", H(P, Q) = " +
          kit::quantity(info::cross_entropy(t.p_a, t.q_b, s.base()), s.unit()) + ", KL(P‖Q) = " +
          kit::quantity(info::kl_divergence(t.p_a, t.q_b, s.base()), s.unit()) + "; codes count bits.");
  const double tol = kit::rounding(letters, h_pq + 1);
  // The bits counted in the encoded text against the cross-entropy summed by info with Q_ℓ = 2^(−ℓ).
  s.check(info::identity("B's Huffman code: bits per letter = H(P, Q_ℓ), Q_ℓ = 2^(−ℓ) of B's code", m_b,
                         info::cross_entropy(t.p_a, info::implied_pmf(theirs.huffman), info::base::bits), 1e-12));
  s.check(info::at_least("A's own code: bits per letter ≥ H(P)", m_own, h, tol));
  s.check(info::at_most("A's own code: bits per letter < H(P) + 1", m_own, h + 1 - tol));
  s.check(info::at_least("B's Shannon code: bits per letter ≥ H(P, Q)", m_b_shannon, h_pq, tol));
  s.check(info::at_most("B's Shannon code: bits per letter < H(P, Q) + 1", m_b_shannon, h_pq + 1 - tol));
  s.check(info::at_most("A's own Huffman code is the shortest: it beats B's Huffman code", m_own, m_b, tol));
  s.check(info::at_most("A's own Huffman code beats B's Shannon code", m_own, m_b_shannon, tol));
  s.check(info::identity("B's code decodes A back (symbols that differ)",
                         static_cast<double>(differences(info::decode(theirs.huffman_words, bits_b), t.a)), 0, 0));
  s.check(info::identity("A's code decodes A back (symbols that differ)",
                         static_cast<double>(differences(info::decode(own.huffman_words, bits_own), t.a)), 0, 0));
}

// ---------------------------------------------------------------------------------------------------
// Step 6: coding pairs of letters.
void pairs(kit::step& s) {
  const corpus& t = texts();
  s.say(
      "The last bit of H(P) + 1 is the price of whole-bit codewords. Spread it over more letters: code "
      "pairs. Cut A into consecutive pairs (the last letter, if left alone, is dropped), take the "
      "frequencies of the 27² = 729 possible pairs, and build Huffman's code on them. Per letter, "
      "H(pairs)/2 ≤ L₂/2 < H(pairs)/2 + 1/2: the overhead is halved.");
  const std::size_t n_pairs = t.a.size() / 2;
  std::vector<Eigen::Index> pair_text(n_pairs), letters_used(t.a.begin(), t.a.begin() + static_cast<std::ptrdiff_t>(2 * n_pairs));
  for (std::size_t i = 0; i < n_pairs; ++i) pair_text[i] = t.a[2 * i] * letters + t.a[2 * i + 1];
  const info::pmf p2 = frequencies(counts(pair_text, letters * letters), false, "P₂");
  const info::pmf p1 = frequencies(counts(letters_used, letters), false, "P");
  const codes c2 = build(p2);
  const codes c1 = build(p1);
  const std::string bits2 = info::encode(c2.huffman_words, pair_text);
  const std::string bits1 = info::encode(c1.huffman_words, letters_used);
  const auto n = static_cast<double>(letters_used.size());
  const double per_letter2 = static_cast<double>(bits2.size()) / n, per_letter1 = static_cast<double>(bits1.size()) / n;
  const double h1 = c1.h_bits, h2 = c2.h_bits;
  const auto used = std::count_if(c2.huffman.bits.begin(), c2.huffman.bits.end(), [](int l) { return l != code_lengths::none; });
  // How dependent neighbours are, counted in A: "th" against "ht", and a space after a space.
  long long th = 0, ht = 0, double_space = 0;
  for (std::size_t i = 0; i + 1 < t.a.size(); ++i) {
    th += t.a[i] == 't' - 'a' && t.a[i + 1] == 'h' - 'a';
    ht += t.a[i] == 'h' - 'a' && t.a[i + 1] == 't' - 'a';
    double_space += t.a[i] == 26 && t.a[i + 1] == 26;
  }
  s.predict("Can coding pairs go below H(P) = " + kit::quantity(h1, "bits") + " per letter, the entropy of single letters?",
            std::string(per_letter2 < h1 ? "Yes" : "No") + ": " + kit::quantity(per_letter2, "bits") +
                " per letter. Neighbouring letters are not independent (in A, t is followed by h " +
                std::to_string(th) + " times, h by t " + std::to_string(ht) + " times, a space by a space " +
                std::to_string(double_space) + " times), so the entropy of a pair, H(pairs) = " +
                kit::quantity(h2, "bits") + ", is " + (h2 < 2 * h1 ? "less than" : "not less than") +
                " twice H(P): " + kit::quantity(h2 / 2, "bits") + " per letter.");
  kit::table tab{{"code"}, {"symbols"}, {"bits sent"}, {"bits per letter"}, {"H per letter", "bits"}};
  tab.row({"Huffman on letters", static_cast<long long>(letters_used.size()), static_cast<long long>(bits1.size()), per_letter1, h1})
      .row({"Huffman on pairs", static_cast<long long>(n_pairs), static_cast<long long>(bits2.size()), per_letter2, h2 / 2});
  s.show(tab);
  s.say(std::to_string(used) + " of the 729 pairs occur in A. Its " + std::to_string(letters_used.size()) +
        " letters are the ones both codes send. The entropy of a pair is at most the sum of its letters' "
        "entropies, which by concavity is at most twice H(P); so L₂/2 < H(pairs)/2 + 1/2 ≤ H(P) + 1/2.");
  const double tol = kit::rounding(letters * letters, h2 + 1);
  s.check(info::identity("bits per letter (pairs) = L₂/2 from the code's lengths", per_letter2,
                         info::expected_length(p2, c2.huffman) / 2, 1e-12));
  s.check(info::at_least("L₂/2 ≥ H(pairs)/2", per_letter2, h2 / 2, tol));
  s.check(info::at_most("L₂/2 < H(pairs)/2 + 1/2", per_letter2, h2 / 2 + 0.5 - tol));
  s.check(info::at_most("H(pairs)/2 ≤ H(P)", h2 / 2, h1, tol));
  s.check(info::at_most("L₂/2 < H(P) + 1/2", per_letter2, h1 + 0.5 - tol));
  s.check(info::at_most("pairs cost no more than single letters: L₂/2 ≤ L₁", per_letter2, per_letter1, tol));
  s.check(info::identity("the pair code decodes A back (pairs that differ)",
                         static_cast<double>(differences(info::decode(c2.huffman_words, bits2), pair_text)), 0, 0));
}

// ---------------------------------------------------------------------------------------------------
// Walkthrough: the student's P, and coding P with Q's code.
void walkthrough(kit::step& s) {
  const info::pmf& p = s.p();
  s.say(s.own_numbers() ? "Your distribution, outcome by outcome."
                        : "The walkthrough, here on P = (0.35, 0.2, 0.15, 0.15, 0.1, 0.05) and Q = (0.1, 0.1, 0.2, "
                          "0.2, 0.2, 0.2). Run the lesson with --p (and --q, on the same outcomes) to see it on "
                          "your own numbers, for example --p 0.5,0.2,0.1,0.1,0.05,0.05.");
  const codes c = build(p);
  s.predict("Huffman's code or the Shannon code: which is shorter on P, and by how much?",
            c.l_shannon - c.l_huffman > 1e-12
                ? "Huffman's, by " + kit::quantity(c.l_shannon - c.l_huffman, "bits") + " per symbol: L = " +
                      kit::quantity(c.l_huffman, "bits") + " against " + kit::quantity(c.l_shannon, "bits") + "."
                : "Neither: both need " + kit::quantity(c.l_huffman, "bits") +
                      " per symbol. Every mass is a power of 1/2, or rounding up costs the Shannon code nothing here.");
  s.show(code_table(p, c));
  s.result("H(P)", c.h_bits, "bits");
  if (s.base() != info::base::bits) s.result("H(P) in " + s.unit(), info::entropy(p, s.base()), s.unit());
  s.result("L(Shannon)", c.l_shannon, "bits");
  s.result("L(Huffman)", c.l_huffman, "bits");
  check_bounds(s, c, "P");
  s.check(info::identity("no codeword is the prefix of another (pairs found)", info::is_prefix_free(c.huffman_words) ? 0 : 1, 0, 0));

  if (s.own_numbers() && !s.q_given()) return;
  const info::pmf& q = s.q();
  s.say("Q = " + kit::vector_text(q.mass().data(), static_cast<std::size_t>(q.size())) +
        ". Code P's outcomes with the codes built for Q: each costs Σ P(x) ℓ_Q(x) bits per symbol. For the "
        "Shannon code of Q, ℓ_Q(x) = ⌈−log₂ Q(x)⌉ lies within a bit of −log₂ Q(x), so the cost lies within a bit "
        "of the cross-entropy:");
  s.formula("H(P, Q) ≤ Σ P(x) ⌈−log₂ Q(x)⌉ < H(P, Q) + 1");
  const code_lengths q_shannon = info::shannon_lengths(q), q_huffman = info::huffman_lengths(q);
  const double cost_s = info::expected_length(p, q_shannon), cost_h = info::expected_length(p, q_huffman);
  const double h_pq = info::cross_entropy(p, q, info::base::bits), kl = info::kl_divergence(p, q, info::base::bits);
  kit::table t{{"x"}, {"P(x)"}, {"Q(x)"}, {"−log₂ Q(x)", "bits"}, {"Shannon ℓ_Q"}, {"Huffman ℓ_Q"}};
  t.outcomes(p.size(), [&](long long i) -> std::vector<kit::cell> {
    const auto k = static_cast<std::size_t>(i);
    return {i, p(i), q(i), -q.log_mass(i) / std::log(2.0), length_cell(q_shannon[k]), length_cell(q_huffman[k])};
  });
  s.show(t);
  kit::table r{{"coding P with"}, {"bits per symbol"}, {"extra over H(P)", "bits"}};
  r.row({"P's Huffman code", c.l_huffman, c.l_huffman - c.h_bits})
      .row({"Q's Shannon code", cost_s, cost_s - c.h_bits})
      .row({"Q's Huffman code", cost_h, cost_h - c.h_bits});
  s.show(r);
  s.result("H(P, Q)", h_pq, "bits");
  s.result("KL(P‖Q), the extra bits of the wrong model", kl, "bits");
  if (std::isinf(h_pq)) {
    s.note("No codeword", "Q gives probability 0 to an outcome P can produce: Q's codes have no codeword for it, "
                          "so P's messages cannot be sent at all, and H(P, Q) = ∞.");
    s.check(info::identity("Q's Shannon code cannot send P: cost = H(P, Q) = ∞", cost_s, h_pq, 0));
    return;
  }
  const double tol = kit::rounding(p.size(), h_pq + 1) + kit::sum_slack(p, q, info::base::bits);
  s.check(info::at_least("H(P, Q) ≤ Σ P(x) ℓ_Q(x) (Q's Shannon code)", cost_s, h_pq, tol));
  s.check(info::at_most("Σ P(x) ℓ_Q(x) < H(P, Q) + 1 (Q's Shannon code)", cost_s, h_pq + 1 - tol));
  s.check(info::at_most("P's Huffman code is the shortest: L ≤ Σ P(x) ℓ_Q(x) (Q's Huffman code)", c.l_huffman, cost_h, tol));
}

// The student's P (and Q) must be a finite alphabet of at most 1000 outcomes, Q on P's outcomes.
void accept(const kit::step& s) {
  constexpr Eigen::Index most = 1000;
  for (const info::pmf* d : {&s.p(), &s.q()}) {
    const char* option = d->name() == "P" ? "--p" : "--q";
    if (d->name() == "Q" && !s.q_given()) continue;
    if (d->unbounded())
      throw info::invalid_input(std::string(option) + ": " + (d->name() == "P" ? s.p_spec() : s.q_spec()) +
                                " has infinitely many outcomes; a code is built here for a finite alphabet: give a list "
                                "or a bounded family such as binomial(10,0.3)");
    if (d->size() > most)
      throw info::invalid_input(std::string(option) + " has " + std::to_string(d->size()) +
                                " outcomes; this lesson builds codes for up to " + std::to_string(most) + " outcomes");
  }
  if (s.q_given() && s.q().size() != s.p().size())
    throw info::invalid_input("P has " + std::to_string(s.p().size()) + " outcomes but Q has " +
                              std::to_string(s.q().size()) + ": Q's code must cover P's outcomes, so give both on the "
                              "same outcomes (write 0 for an outcome without mass)");
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"12_codes", "Entropy as code length",
                     "A prefix code for P needs at least H(P) bits per symbol on average, and Huffman's code (or "
                     "the Shannon code, ℓ = ⌈−log₂ P(x)⌉) needs less than H(P) + 1. A code built for Q costs "
                     "H(P, Q): KL(P‖Q) is the extra, measured here on real text."};
  lesson.default_base(info::base::bits);
  lesson.takes_pmfs("0.35, 0.2, 0.15, 0.15, 0.1, 0.05", "0.1, 0.1, 0.2, 0.2, 0.2, 0.2", /*paired=*/false);
  lesson.validate(accept);
  lesson.step("A prefix code: 1.75 bits for 1.75 bits of entropy", prefix_code);
  lesson.step("Kraft's inequality and the Shannon code", shannon_code);
  lesson.step("Huffman's code: the shortest", huffman_code);
  lesson.step("The letters of two texts", letter_codes);
  lesson.step("Coding one text with another's code", wrong_code);
  lesson.step("Coding pairs of letters", pairs);
  lesson.walkthrough("Your own P and Q, step by step", walkthrough);
  return lesson.run(argc, argv);
}
