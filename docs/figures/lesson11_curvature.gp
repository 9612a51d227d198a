# Lesson 11: KL(normal(0, 1) ‖ normal(t, 1 + t)) by the closed form, and its quadratic approximation
# ½ δᵀ F δ with δ = (t, t) and F = diag(1/σ², 2/σ²) from the symbolic layer (11_closed_forms --data:
# 11_curvature.csv, columns t, kl, quadratic, in nats). They touch at t = 0, where the curvature is F;
# the gap grows like |t|³, and for t → −1 (σ → 0) KL runs off to infinity.
load srcdir."/style.gp"
set xlabel "t, for the shift δ = (δμ, δσ) = t·(σ, σ)"
set ylabel "nats"
set key top left
plot datadir."/11_closed_forms/11_curvature.csv" using 1:2 with lines ls 1 title "KL(P ‖ Q_t), closed form", \
     "" using 1:3 with lines ls 2 dt 2 title "½ δᵀ F δ, the Fisher information"
