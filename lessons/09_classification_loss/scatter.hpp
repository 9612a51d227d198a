// A scatter plot of labelled 2-D points in the terminal, for lesson 09's data set.
//
// Local to this lesson: the shared kit draws bars and curves, not point clouds. Presentation only.
#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace lesson09 {

// Points x (N×2) with labels 0, 1, 2 drawn as ●, ○ and ×; a cell holding points of two classes shows ✱.
// The axes are labelled with their ranges. `width` × `height` character cells.
inline std::string scatter(const Eigen::MatrixXd& x, const Eigen::VectorXi& label, int width = 60, int height = 18) {
  const std::vector<std::string> mark = {"●", "○", "×"};
  const double x0 = x.col(0).minCoeff(), x1 = x.col(0).maxCoeff();
  const double y0 = x.col(1).minCoeff(), y1 = x.col(1).maxCoeff();
  std::vector<std::vector<int>> cell(height, std::vector<int>(width, -1));  // -1 empty, -2 mixed
  for (Eigen::Index i = 0; i < x.rows(); ++i) {
    const int c = std::clamp(static_cast<int>((x(i, 0) - x0) / (x1 - x0) * (width - 1) + 0.5), 0, width - 1);
    const int r = std::clamp(static_cast<int>((y1 - x(i, 1)) / (y1 - y0) * (height - 1) + 0.5), 0, height - 1);
    int& here = cell[r][c];
    here = (here == -1 || here == label[i]) ? label[i] : -2;
  }
  auto fixed1 = [](double v) {
    std::string s = std::to_string(std::round(v * 10) / 10);
    return s.substr(0, s.find('.') + 2);
  };
  std::string out;
  const std::string top = fixed1(y1), bottom = fixed1(y0);
  const std::size_t margin = std::max(top.size(), bottom.size()) + 1;
  for (int r = 0; r < height; ++r) {
    std::string left = r == 0 ? top : r == height - 1 ? bottom : "";
    out += "  " + std::string(margin - left.size(), ' ') + left + "│";
    for (int c = 0; c < width; ++c) {
      const int v = cell[r][c];
      out += v == -1 ? " " : v == -2 ? "✱" : mark[v];
    }
    out += "\n";
  }
  out += "  " + std::string(margin, ' ') + "└";
  for (int c = 0; c < width; ++c) out += "─";
  out += "\n";
  const std::string lo = fixed1(x0), hi = fixed1(x1);
  out += "  " + std::string(margin + 1, ' ') + lo + std::string(width - lo.size() - hi.size(), ' ') + hi + "\n";
  out += "  " + std::string(margin + 1, ' ') + "x₁ horizontal, x₂ vertical\n";
  out += "  " + std::string(margin + 1, ' ') + "● class 0   ○ class 1   × class 2   ✱ both\n";
  return out;
}

}  // namespace lesson09
