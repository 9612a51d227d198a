// Lesson 12: the two texts it codes, compiled into the program from texts/*.txt (see CMakeLists.txt).
#pragma once

#include <string_view>

namespace lesson12 {
/// Jane Austen, Pride and Prejudice (1813), the opening of chapter 1: public domain.
extern const std::string_view austen;
/// Herman Melville, Moby-Dick (1851), the opening of chapter 1, "Loomings": public domain.
extern const std::string_view melville;
}  // namespace lesson12
