namespace Factbook.Generator.Content
{
    /// <summary>
    /// Where a quote may start and end: at the word boundaries of Unicode's default word segmentation (UAX #29).
    /// So "she can" is not in "she can't", "1" is not in "1,000", "Brien" is not in "O'Brien", and "e" is not in
    /// "e\u0301". Scripts written without spaces (Chinese, Japanese kana, Thai…) have a boundary between any two of
    /// their characters, as UAX #29 has without a dictionary. One tailoring, as UAX #29 allows: a full stop between a
    /// lower-case letter and a capital ("difference.Russia") ends a sentence whose space was lost when the text was
    /// copied from a page, so it has a boundary on both sides; "e.g", "U.S" and "3.5" stay one word. A plain substring search over both texts, with
    /// <see cref="Marker"/> written at every boundary, finds exactly the quotes that occur from boundary to boundary.
    /// </summary>
    internal static class WordBoundaries
    {
        /// <summary>U+FFFF, a noncharacter that no text holds; one that does has it read as U+FFFD.</summary>
        public const char Marker = '\uFFFF';

        /// <summary>The text with <see cref="Marker"/> at its start, its end and every boundary between.</summary>
        public static string Mark(string text)
        {
            var marked = new StringBuilder(text.Length + (text.Length / 3) + 2).Append(Marker);
            var boundaries = Find(text);
            for (var i = 0; i < text.Length; i++)
            {
                if (i > 0 && boundaries[i])
                {
                    marked.Append(Marker);
                }

                marked.Append(text[i] == Marker ? '\uFFFD' : text[i]);
            }

            return marked.Append(Marker).ToString();
        }

        /// <summary>The text without its markers.</summary>
        public static string Unmark(string marked) => marked.Replace(Marker.ToString(), string.Empty);

        /// <summary>
        /// For each char index, whether a word boundary lies before it (the text's start and end always are). The
        /// rules of UAX #29 (WB3–WB999), applied to the code points' Word_Break classes (<see cref="WordBreak"/>).
        /// </summary>
        public static bool[] Find(string text)
        {
            var boundary = new bool[text.Length + 1];
            if (text.Length == 0)
            {
                boundary[0] = true;
                return boundary;
            }

            var (starts, classes, count) = CodePoints(text);
            var (anchor, nextAnchor, regionalRun) = Anchors(classes, count);

            boundary[0] = true;
            boundary[text.Length] = true;
            for (var k = 1; k < count; k++)
            {
                if (anchor[k] != k)
                {
                    continue; // WB4: never before an attached Extend, Format or ZWJ
                }

                var left = anchor[k - 1];
                var beforeLeft = left > 0 ? anchor[left - 1] : -1;
                var afterRight = nextAnchor[k];
                var sentenceEnd =
                    (classes[k] == WordBreak.FullStop && afterRight >= 0 && IsLower(text, starts[left]) && IsUpper(text, starts[afterRight])) ||
                    (classes[left] == WordBreak.FullStop && beforeLeft >= 0 && IsLower(text, starts[beforeLeft]) && IsUpper(text, starts[k]));
                boundary[starts[k]] = IsBreak(new Context(
                    classes[k - 1],
                    beforeLeft >= 0 ? classes[beforeLeft] : WordBreak.Other,
                    classes[left],
                    classes[k],
                    afterRight >= 0 ? classes[afterRight] : WordBreak.Other,
                    regionalRun[left],
                    sentenceEnd));
            }

            return boundary;
        }

        /// <summary>One entry per code point: where it starts in the text, and its class.</summary>
        private static (int[] Starts, WordBreak[] Classes, int Count) CodePoints(string text)
        {
            var starts = new int[text.Length];
            var classes = new WordBreak[text.Length];
            var count = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var codePoint = (int)text[i];
                var start = i;
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }

                starts[count] = start;
                classes[count++] = WordBreakClasses.Of(codePoint);
            }

            return (starts, classes, count);
        }

        /// <summary>
        /// WB4: Extend, Format and ZWJ attach to the code point before them and take its class, except at the start
        /// or after a line break, where they stand alone. Each code point's anchor is the one it attaches to; with
        /// the next anchor after each code point, and how many regional indicators run up to each anchor (WB15, WB16).
        /// </summary>
        private static (int[] Anchor, int[] NextAnchor, int[] RegionalRun) Anchors(WordBreak[] classes, int count)
        {
            var anchor = new int[count];
            for (var k = 0; k < count; k++)
            {
                anchor[k] = IsIgnored(classes[k]) && k > 0 && !IsLineBreak(classes[k - 1]) ? anchor[k - 1] : k;
            }

            var nextAnchor = new int[count];
            var following = -1;
            for (var k = count - 1; k >= 0; k--)
            {
                nextAnchor[k] = following;
                if (anchor[k] == k)
                {
                    following = k;
                }
            }

            var regionalRun = new int[count];
            for (var k = 0; k < count; k++)
            {
                if (anchor[k] == k && classes[k] == WordBreak.RegionalIndicator)
                {
                    regionalRun[k] = k > 0 && classes[anchor[k - 1]] == WordBreak.RegionalIndicator ? regionalRun[anchor[k - 1]] + 1 : 1;
                }
            }

            return (anchor, nextAnchor, regionalRun);
        }

        /// <summary>
        /// What the rules look at around a possible boundary: the code point just before it as written, the two
        /// classes on each side once WB4 is applied, and how many regional indicators run up to it.
        /// </summary>
        private readonly struct Context
        {
            public Context(WordBreak raw, WordBreak beforeLeft, WordBreak left, WordBreak right, WordBreak afterRight, int regionalRun, bool sentenceEnd)
            {
                SentenceEnd = sentenceEnd;
                Raw = raw;
                BeforeLeft = beforeLeft;
                Left = left;
                Right = right;
                AfterRight = afterRight;
                RegionalRun = regionalRun;
            }

            public WordBreak Raw { get; }

            public WordBreak BeforeLeft { get; }

            public WordBreak Left { get; }

            public WordBreak Right { get; }

            public WordBreak AfterRight { get; }

            public int RegionalRun { get; }

            /// <summary>A full stop next to the boundary sits between a lower-case letter and a capital (the tailoring).</summary>
            public bool SentenceEnd { get; }
        }

        /// <summary>Whether UAX #29 puts a word boundary here.</summary>
        private static bool IsBreak(Context context)
        {
            var (raw, b) = (context.Raw, context.Right);
            if (raw == WordBreak.CR && b == WordBreak.LF)
            {
                return false; // WB3
            }

            if (IsLineBreak(raw) || IsLineBreak(b))
            {
                return true; // WB3a, WB3b
            }

            if ((raw == WordBreak.ZWJ && b == WordBreak.Pictographic) || (raw == WordBreak.WSegSpace && b == WordBreak.WSegSpace))
            {
                return false; // WB3c, WB3d
            }

            if (JoinsLetters(context) || JoinsNumbers(context))
            {
                return false; // WB5–WB13b
            }

            return !(context.Left == WordBreak.RegionalIndicator && b == WordBreak.RegionalIndicator && context.RegionalRun % 2 == 1); // WB15, WB16: flags are pairs; else WB999
        }

        /// <summary>Letters stay together, across an apostrophe or a full stop between letters (WB5–WB7c).</summary>
        private static bool JoinsLetters(Context context)
        {
            var (aa, a, b, bb) = (context.BeforeLeft, context.Left, context.Right, context.AfterRight);
            if (IsAHLetter(a) && IsAHLetter(b))
            {
                return true; // WB5
            }

            if (IsAHLetter(a) && (b == WordBreak.MidLetter || IsMidNumLetQ(b)) && IsAHLetter(bb) && !context.SentenceEnd)
            {
                return true; // WB6
            }

            if (IsAHLetter(aa) && (a == WordBreak.MidLetter || IsMidNumLetQ(a)) && IsAHLetter(b) && !context.SentenceEnd)
            {
                return true; // WB7
            }

            if (a == WordBreak.HebrewLetter && b == WordBreak.SingleQuote)
            {
                return true; // WB7a
            }

            if (a == WordBreak.HebrewLetter && b == WordBreak.DoubleQuote && bb == WordBreak.HebrewLetter)
            {
                return true; // WB7b
            }

            if (aa == WordBreak.HebrewLetter && a == WordBreak.DoubleQuote && b == WordBreak.HebrewLetter)
            {
                return true; // WB7c
            }

            return false;
        }

        /// <summary>Numbers, and letters with numbers, stay together, across a separator between digits (WB8–WB13b).</summary>
        private static bool JoinsNumbers(Context context)
        {
            var (aa, a, b, bb) = (context.BeforeLeft, context.Left, context.Right, context.AfterRight);
            if ((a == WordBreak.Numeric || IsAHLetter(a)) && b == WordBreak.Numeric)
            {
                return true; // WB8, WB9
            }

            if (a == WordBreak.Numeric && IsAHLetter(b))
            {
                return true; // WB10
            }

            if (aa == WordBreak.Numeric && (a == WordBreak.MidNum || IsMidNumLetQ(a)) && b == WordBreak.Numeric)
            {
                return true; // WB11
            }

            if (a == WordBreak.Numeric && (b == WordBreak.MidNum || IsMidNumLetQ(b)) && bb == WordBreak.Numeric)
            {
                return true; // WB12
            }

            if (a == WordBreak.Katakana && b == WordBreak.Katakana)
            {
                return true; // WB13
            }

            if ((IsAHLetter(a) || a is WordBreak.Numeric or WordBreak.Katakana or WordBreak.ExtendNumLet) && b == WordBreak.ExtendNumLet)
            {
                return true; // WB13a
            }

            if (a == WordBreak.ExtendNumLet && (IsAHLetter(b) || b is WordBreak.Numeric or WordBreak.Katakana))
            {
                return true; // WB13b
            }

            return false;
        }

        private static bool IsIgnored(WordBreak value) => value is WordBreak.Extend or WordBreak.Format or WordBreak.ZWJ;

        private static bool IsLineBreak(WordBreak value) => value is WordBreak.CR or WordBreak.LF or WordBreak.Newline;

        private static bool IsAHLetter(WordBreak value) => value is WordBreak.ALetter or WordBreak.HebrewLetter;

        private static bool IsMidNumLetQ(WordBreak value) => value is WordBreak.MidNumLet or WordBreak.FullStop or WordBreak.SingleQuote;

        private static bool IsLower(string text, int index) => CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.LowercaseLetter;

        private static bool IsUpper(string text, int index) => CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter;
    }
}
