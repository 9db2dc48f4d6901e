/** The id of the question-set file input, which the error summary's links point to. */
export const FIELD = 'question-set-file';
