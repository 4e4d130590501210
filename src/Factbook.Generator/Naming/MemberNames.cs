namespace Factbook.Generator.Naming
{
    /// <summary>
    /// The C# member an id becomes, for ids that are any text (<c>C#</c>, <c>CVE-2023-22795</c>, <c>18F</c>):
    /// <list type="number">
    /// <item>The symbols <c>#</c>, <c>+</c>, <c>&amp;</c>, <c>@</c>, <c>%</c> and <c>*</c> become the words Sharp, Plus,
    /// And, At, Percent and Star (<c>C#</c> → <c>CSharp</c>, <c>C++</c> → <c>CPlusPlus</c>).</item>
    /// <item>Any other character that is not a letter or digit separates words; the accents of Latin letters are
    /// dropped (<c>café</c> → <c>Cafe</c>), other letters are kept with their marks (<c>Київ</c> → <c>Київ</c>,
    /// <c>हिन्दी</c> → <c>हिन्दी</c>), composed.</item>
    /// <item>Each word starts with a capital. A word in capitals only is written as a word (<c>CVE</c> → <c>Cve</c>),
    /// a word in mixed case keeps its capitals (<c>RedCloth</c>, <c>iPhone</c> → <c>IPhone</c>).</item>
    /// <item>Two numbers in a row keep a <c>_</c> between them (<c>2023-22795</c> → <c>2023_22795</c>).</item>
    /// <item>A name that would start with a digit, or with nothing left, starts with <c>_</c> (<c>18F</c> → <c>_18F</c>).</item>
    /// </list>
    /// Slugs keep the names they always had, before ids could be any text: <c>new-york</c> → <c>NewYork</c>,
    /// <c>a-1-2</c> → <c>A12</c>. Two ids that give the same name are reported, and the schema's <c>members</c>
    /// names one of them.
    /// </summary>
    internal static class MemberNames
    {
        public static string FromId(string id)
        {
            if (Identifiers.IsSlug(id))
            {
                return Identifiers.ToPascalCase(id); // the name every slug had before ids could be any text
            }

            var words = new StringBuilder(id.Length + 8);
            var word = new StringBuilder();
            var previousWasDigits = false;
            foreach (var c in Decompose(id))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    // The accent of a decomposed Latin letter (below U+0250) is dropped (é is e + U+0301); the marks of other
                    // scripts are part of their letters (ї is і + U+0308, Devanagari vowel signs) and a C# name may
                    // hold them, though not first in it, nor an enclosing mark.
                    if (category != UnicodeCategory.EnclosingMark && word.Length > 0 && word[word.Length - 1] >= '\u0250')
                    {
                        word.Append(c);
                    }

                    continue;
                }

                if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
                {
                    word.Append(c);
                    continue;
                }

                Flush(words, word, ref previousWasDigits);
                if (SymbolWord(c) is { } symbol)
                {
                    word.Append(symbol);
                    Flush(words, word, ref previousWasDigits);
                }
            }

            Flush(words, word, ref previousWasDigits);
            var name = words.Length == 0 || char.IsDigit(words[0]) ? "_" + words : words.ToString();
            return Compose(name);
        }

        /// <summary>Letters and their marks composed again (Hangul syllables, not runs of jamo); the name holds no surrogates.</summary>
        private static string Compose(string name)
        {
            foreach (var c in name)
            {
                if (c >= 128)
                {
                    return name.Normalize(NormalizationForm.FormC);
                }
            }

            return name;
        }

        private static string? SymbolWord(char c) => c switch
        {
            '#' => "Sharp",
            '+' => "Plus",
            '&' => "And",
            '@' => "At",
            '%' => "Percent",
            '*' => "Star",
            _ => null,
        };

        private static void Flush(StringBuilder words, StringBuilder word, ref bool previousWasDigits)
        {
            if (word.Length == 0)
            {
                return;
            }

            var text = word.ToString();
            word.Clear();
            if (previousWasDigits && char.IsDigit(text[0]))
            {
                words.Append('_');
            }

            words.Append(Capitalised(text));
            previousWasDigits = char.IsDigit(text[text.Length - 1]);
        }

        /// <summary><c>york</c> → <c>York</c>, <c>CVE</c> → <c>Cve</c>, <c>RedCloth</c> stays, <c>2023</c> stays.</summary>
        private static string Capitalised(string word)
        {
            var hasLower = false;
            var upperLetters = 0;
            foreach (var c in word)
            {
                hasLower |= char.IsLower(c);
                upperLetters += char.IsUpper(c) ? 1 : 0;
            }

            var body = !hasLower && upperLetters > 1 ? word.ToLowerInvariant() : word;
            return char.ToUpperInvariant(body[0]) + body.Substring(1);
        }

        private static string Decompose(string text)
        {
            var ascii = true;
            foreach (var c in text)
            {
                ascii &= c < 128;
            }

            if (ascii)
            {
                return text; // no accents to strip, and most ids are ASCII: normalising costs more than the rest
            }

            try
            {
                return text.Normalize(NormalizationForm.FormD);
            }
            catch (System.ArgumentException)
            {
                return text; // a lone surrogate: no accents to strip
            }
        }
    }
}
