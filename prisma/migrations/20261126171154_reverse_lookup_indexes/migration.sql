-- CreateIndex
CREATE INDEX "DeclaredConflict_otherId_idx" ON "DeclaredConflict"("otherId");

-- CreateIndex
CREATE INDEX "Exclusion_excludedId_idx" ON "Exclusion"("excludedId");
