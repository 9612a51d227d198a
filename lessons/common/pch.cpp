// The translation unit that carries the lessons' precompiled headers (workbook_lesson_pch in
// CMakeLists.txt): every lesson reuses them, so the 200 000 lines that kit/lesson.hpp and info/info.hpp
// bring (Boost's distributions, Eigen, fmt) are parsed once per build, not once per lesson.
