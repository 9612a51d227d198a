# The shared look of the figures: every docs/figures/*.gp loads it first.
# Each script is run as: gnuplot -e "srcdir=...; datadir=<build>/docs/data; outfile=.../name.svg" name.gp
set encoding utf8
set terminal svg size 720,420 dynamic enhanced font "sans,13" background rgb "white"
set output outfile
set datafile separator ","
set datafile missing "?"
set border 3 lc rgb "#555555"
set tics nomirror textcolor rgb "#333333"
set grid lc rgb "#dddddd" lt 1
set key top right box lc rgb "#cccccc" opaque
set style line 1 lc rgb "#1f77b4" lw 2.5
set style line 2 lc rgb "#d62728" lw 2.5
set style line 3 lc rgb "#2ca02c" lw 2.5
set style line 4 lc rgb "#9467bd" lw 2.5
set style line 5 lc rgb "#ff7f0e" lw 2.5
set style line 6 lc rgb "#8c564b" lw 2.5
set style line 7 lc rgb "#e377c2" lw 2.5
set style line 8 lc rgb "#7f7f7f" lw 2.5
set style line 9 lc rgb "#bcbd22" lw 2.5
set style line 10 lc rgb "#17becf" lw 2.5
