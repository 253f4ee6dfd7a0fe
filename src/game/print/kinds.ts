/** The two printable documents: one card per role, and the teacher guide. */
export type PrintKind = 'roleCards' | 'teacherGuide';
