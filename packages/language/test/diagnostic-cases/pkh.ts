/**
 * A national rule file cut down to what district cases need: a schema with the `district` column,
 * one graduation category and a target per district from the number of facilitators.
 */
export const national = `household {
  id            text    key
  district      text
  has_business  yes/no
}

graduation self_reliant "Graduasi Sejahtera Mandiri"
  when has_business

every district {
  quantity facilitators  count
  target self_reliant = facilitators × 10
}
`;
