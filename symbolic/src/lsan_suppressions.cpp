// Compiled into every program that links info_symbolic, in sanitizer builds only (WORKBOOK_SANITIZE).
// libcln, under GiNaC, makes one static 26-byte allocation that it never frees, and LeakSanitizer reports
// it at the exit of every GiNaC program, including doctest's test discovery at build time, where no
// LSAN_OPTIONS can reach. LeakSanitizer asks this hook for its default suppressions. Nothing of the
// workbook's own is suppressed.
extern "C" const char* __lsan_default_suppressions() { return "leak:libcln.so\n"; }
