# Lesson 12: the code-length staircase. For each letter of text A (Austen), commonest first, its surprisal
# -log2 P(x) and the lengths of its codewords in the Shannon code (ceil(-log2 P(x))) and in Huffman's code,
# as the lesson computes them (12_codes --data: 12_staircase.csv, columns rank, letter, p, surprisal_bits,
# shannon_bits, huffman_bits). Codewords are whole numbers of bits: the Shannon length is the surprisal
# rounded up, Huffman's lies on either side of it.
load srcdir."/style.gp"
set xlabel "letters of A, commonest first (rank)"
set ylabel "bits"
set key top left
data = datadir."/12_codes/12_staircase.csv"
stats data using 1 nooutput
set xrange [0.5:STATS_max + 0.5]
set yrange [0:*]
set offsets 0, 0, 1, 0
set xtics 5
# Each letter's codeword length is a tread one rank wide, centred on the letter.
plot data using ($1 - 0.5):5:(1):(0) with vectors nohead ls 2 title "Shannon length ⌈-log_2 P(x)⌉", \
     data using ($1 - 0.5):6:(1):(0) with vectors nohead ls 3 dt 2 title "Huffman length", \
     data using 1:4 with linespoints ls 1 pt 7 ps 0.6 title "surprisal -log_2 P(x)"
