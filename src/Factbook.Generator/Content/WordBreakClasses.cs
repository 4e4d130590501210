namespace Factbook.Generator.Content
{
    /// <summary>
    /// The Word_Break property values of UAX #29 that its rules tell apart (Pictographic stands for
    /// Extended_Pictographic), and FullStop, a MidNumLet that the boundaries tailor (<see cref="WordBoundaries"/>).
    /// </summary>
    internal enum WordBreak : byte
    {
        Other,
        CR,
        LF,
        Newline,
        Extend,
        ZWJ,
        RegionalIndicator,
        Format,
        Katakana,
        HebrewLetter,
        ALetter,
        SingleQuote,
        DoubleQuote,
        MidNumLet,
        FullStop,
        MidLetter,
        MidNum,
        Numeric,
        ExtendNumLet,
        WSegSpace,
        Pictographic,
    }

    /// <summary>
    /// A code point's Word_Break class: the property's explicit lists (punctuation, spaces, kana, Hebrew) written
    /// out, the rest derived from the general category the runtime knows, as the property itself is derived.
    /// </summary>
    internal static class WordBreakClasses
    {
        public static WordBreak Of(int codePoint) => Listed(codePoint) ?? InRange(codePoint) ?? ByCategory(codePoint);

        /// <summary>The code points the property lists one by one.</summary>
        private static WordBreak? Listed(int codePoint)
        {
            switch (codePoint)
            {
                case 0x0D: return WordBreak.CR;
                case 0x0A: return WordBreak.LF;
                case 0x0B: case 0x0C: case 0x85: case 0x2028: case 0x2029: return WordBreak.Newline;
                case 0x200D: return WordBreak.ZWJ;
                case 0x200C: case 0xFF9E: case 0xFF9F: return WordBreak.Extend;
                case 0x200B: return WordBreak.Other; // a zero-width space is a break opportunity, not a format character
                case 0x22: return WordBreak.DoubleQuote;
                case 0x27: return WordBreak.SingleQuote;
                case 0x2E: return WordBreak.FullStop;
                case 0x2018: case 0x2019: case 0x2024: case 0xFE52: case 0xFF07: case 0xFF0E: return WordBreak.MidNumLet;
                case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2027: case 0xFE13: case 0xFE55: case 0xFF1A: return WordBreak.MidLetter;
                case 0x2C: case 0x3B: case 0x37E: case 0x589: case 0x60C: case 0x60D: case 0x66C: case 0x7F8: case 0x2044:
                case 0xFE10: case 0xFE14: case 0xFE50: case 0xFE54: case 0xFF0C: case 0xFF1B: return WordBreak.MidNum;
                case 0x20: case 0x1680: case 0x205F: case 0x3000: return WordBreak.WSegSpace;
                case 0x202F: return WordBreak.ExtendNumLet;
                case 0x66B: case 0x6DD: case 0x8E2: case 0x110BD: case 0x110CD: return WordBreak.Numeric;
                case 0x5F3: return WordBreak.ALetter;
                default: return null;
            }
        }

        /// <summary>The ranges the property lists: spaces, circled letters, flags, skin tones, number signs, kana, Hebrew.</summary>
        private static WordBreak? InRange(int codePoint)
        {
            if ((codePoint >= 0x2000 && codePoint <= 0x2006) || (codePoint >= 0x2008 && codePoint <= 0x200A))
            {
                return WordBreak.WSegSpace;
            }

            if (codePoint >= 0x24B6 && codePoint <= 0x24E9)
            {
                return WordBreak.ALetter; // circled letters
            }

            if (codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF)
            {
                return WordBreak.RegionalIndicator;
            }

            if (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
            {
                return WordBreak.Extend; // skin-tone modifiers
            }

            if (codePoint >= 0x0600 && codePoint <= 0x0605)
            {
                return WordBreak.Numeric; // Arabic number signs, written before the digits
            }

            if (IsKatakana(codePoint))
            {
                return WordBreak.Katakana;
            }

            return IsHebrewLetter(codePoint) ? WordBreak.HebrewLetter : null;
        }

        /// <summary>The rest, derived from the general category as the property itself is.</summary>
        private static WordBreak ByCategory(int codePoint)
        {
            var category = codePoint < 0x10000 ? CharUnicodeInfo.GetUnicodeCategory((char)codePoint) : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0);
            switch (category)
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    return WordBreak.Extend;
                case UnicodeCategory.Format:
                    return WordBreak.Format;
                case UnicodeCategory.DecimalDigitNumber:
                    return WordBreak.Numeric;
                case UnicodeCategory.ConnectorPunctuation:
                    return WordBreak.ExtendNumLet;
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                    return IsWrittenWithoutSpaces(codePoint) ? WordBreak.Other : WordBreak.ALetter;
                default:
                    return IsPictographic(codePoint) ? WordBreak.Pictographic : WordBreak.Other;
            }
        }

        private static bool IsKatakana(int c) =>
            (c >= 0x3031 && c <= 0x3035) || c == 0x309B || c == 0x309C || (c >= 0x30A0 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) ||
            (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x32D0 && c <= 0x32FE) || (c >= 0x3300 && c <= 0x3357) || (c >= 0xFF66 && c <= 0xFF9D) ||
            (c >= 0x1AFF0 && c <= 0x1AFFE) || c == 0x1B000 || (c >= 0x1B120 && c <= 0x1B122) || (c >= 0x1B164 && c <= 0x1B167);

        private static bool IsHebrewLetter(int c) =>
            (c >= 0x05D0 && c <= 0x05EA) || (c >= 0x05EF && c <= 0x05F2) || c == 0xFB1D || (c >= 0xFB1F && c <= 0xFB28) || (c >= 0xFB2A && c <= 0xFB4F);

        /// <summary>
        /// Letters that are not ALetter: ideographs and hiragana, and the scripts of South-East Asia whose words are
        /// not separated (line-break class SA). Between two of them UAX #29 has a boundary.
        /// </summary>
        private static bool IsWrittenWithoutSpaces(int c) =>
            (c >= 0x0E00 && c <= 0x0EFF) || // Thai, Lao
            (c >= 0x1000 && c <= 0x109F) || // Myanmar
            (c >= 0x1780 && c <= 0x17FF) || // Khmer
            (c >= 0x1950 && c <= 0x19DF) || // Tai Le, New Tai Lue
            (c >= 0x1A20 && c <= 0x1AAF) || // Tai Tham
            (c >= 0xA9E0 && c <= 0xA9FF) || // Myanmar extended-B
            (c >= 0xAA60 && c <= 0xAADF) || // Myanmar extended-A, Tai Viet
            (c >= 0x11700 && c <= 0x1174F) || // Ahom
            (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303C) || // ideographic marks and numbers
            (c >= 0x3040 && c <= 0x309F) || // hiragana
            (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || // ideographs
            (c >= 0x20000 && c <= 0x3FFFF); // ideograph extensions

        /// <summary>Emoji and pictographs, which a zero-width joiner joins (WB3c).</summary>
        private static bool IsPictographic(int c) =>
            c == 0xA9 || c == 0xAE || c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139 ||
            (c >= 0x2194 && c <= 0x21AA) || (c >= 0x231A && c <= 0x23FF) || (c >= 0x24C2 && c <= 0x24C2) ||
            (c >= 0x25AA && c <= 0x27BF) || (c >= 0x2934 && c <= 0x2935) || (c >= 0x2B05 && c <= 0x2B55) ||
            c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299 ||
            (c >= 0x1F000 && c <= 0x1FAFF && !(c >= 0x1F1E6 && c <= 0x1F1FF) && !(c >= 0x1F3FB && c <= 0x1F3FF)) ||
            (c >= 0x1FC00 && c <= 0x1FFFD);
    }
}
