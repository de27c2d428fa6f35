/** A named, published revision of a conference's programme: what readers can hold and compare. */
export interface Release {
  /** 1, 2, 3 … within the conference; the number in `/v/<id>/…`. */
  id: number;
  /** The revision published: the programme as it was after this change. */
  revision: number;
  /** "Update 3" */
  name: string;
  /** "M3 closed on Thursday", or null. */
  comment: string | null;
  /** ISO 8601 instant of publication. */
  at: string;
  /** Who published it, as the change log names people. */
  actor: string;
}
