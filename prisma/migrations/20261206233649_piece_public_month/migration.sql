-- Browse cakes, "popular this month": public pieces recorded since a date, without reading every public piece.
CREATE INDEX "Piece_isPublic_createdAt_idx" ON "Piece"("isPublic", "createdAt");
