# Reads one manifest with cmake/homework_manifest.cmake: cmake -DMANIFEST=... -DROOT=... -P manifest.cmake
cmake_minimum_required(VERSION 3.25)
include(${ROOT}/cmake/homework_manifest.cmake)
homework_manifest(${MANIFEST} hw)
message(STATUS "${hw_count} exercises")
