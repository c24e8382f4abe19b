// The system line that shows a question card in a couple room (client and server).
export const QUESTION_LINE = 'couple-question';
