# Lesson 02: the entropy of a coin (q, 1-q) in bits, computed by infocalc
# (derive.cmake: infocalc entropy q,1-q --base 2 --json): 0 for a certain outcome, 1 bit at q = 1/2.
load srcdir."/style.gp"
set xlabel "probability q of heads"
set ylabel "entropy H(q, 1-q)   (bits)"
set xrange [0:1]
set yrange [0:1.15]
set key bottom center
set label 1 "fair coin: 1 bit" at 0.5,1 point pt 7 ps 1.2 lc rgb "#d62728" offset -4,0.9
set label 2 "biased coin (0.9, 0.1):\n0.468996 bits" at 0.9,0.468996 point pt 7 ps 1.2 lc rgb "#d62728" offset -17,-1.2
plot datadir."/infocalc/coin_entropy.csv" using 1:2 with lines ls 1 title "H = -q log_2 q - (1-q) log_2 (1-q)"
