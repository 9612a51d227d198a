// Compiled into every program that links info_symbolic, in sanitizer builds only (WORKBOOK_SANITIZE).
// libcln, under GiNaC, makes one static 26-byte allocation that it never frees, and LeakSanitizer reports
// it at the exit of every GiNaC program, including doctest's test discovery at build time, where no
// LSAN_OPTIONS can reach. LeakSanitizer asks these hooks for its default suppressions and options. Nothing
// of the workbook's own is suppressed.
extern "C" const char* __lsan_default_suppressions() { return "leak:libcln.so\n"; }
// Without this, every run that used the suppression adds a table of it to stderr, and a refusal's stderr
// must be its one line.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
