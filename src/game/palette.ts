/** Okabe–Ito colour-blind-safe palette, plus the neutral inks the art is drawn with. */
export const OkabeIto = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const Ink = {
  night: 0x0b1e33,
  deep: 0x12304d,
  paper: 0xf7f3ea,
  mist: 0xc9d6e3,
} as const;
