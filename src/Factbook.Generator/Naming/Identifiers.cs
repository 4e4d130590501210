using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Factbook.Generator.Naming
{
    /// <summary>
    /// Names for generated code. Only ASCII identifiers are generated: the compiler ignores format characters
    /// when comparing names, so anything wider could hide a collision or a Trojan Source trick.
    /// </summary>
    internal static class Identifiers
    {
        private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
            "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
            "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
            "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
            "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
            "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
            "__arglist", "__makeref", "__reftype", "__refvalue",
        };

        /// <summary>True for <c>[A-Za-z_][A-Za-z0-9_]*</c>.</summary>
        public static bool IsAsciiIdentifier(string name)
        {
            if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            return name.All(c => IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_');
        }

        public static bool IsKeyword(string name) => Keywords.Contains(name);

        /// <summary>A PascalCase type name: an ASCII identifier starting with a capital letter, no underscores.</summary>
        public static bool IsTypeName(string name) =>
            name.Length > 0 && name[0] >= 'A' && name[0] <= 'Z' && name.All(c => IsAsciiLetter(c) || IsAsciiDigit(c));

        /// <summary>A slug: lowercase letters and digits in words joined by single '-' or '_', starting with a letter.</summary>
        public static bool IsSlug(string text)
        {
            if (text.Length == 0 || !(text[0] >= 'a' && text[0] <= 'z'))
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '-' or '_')
                {
                    if (i == text.Length - 1 || text[i + 1] is '-' or '_')
                    {
                        return false;
                    }
                }
                else if (!((c >= 'a' && c <= 'z') || IsAsciiDigit(c)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// PascalCase from words split at anything but ASCII letters and digits: <c>said_by</c>, <c>said-by</c>
        /// and <c>saidBy</c> all give <c>SaidBy</c>; <c>most likely</c> gives <c>MostLikely</c>. Returns an empty
        /// string when nothing usable is left.
        /// </summary>
        public static string ToPascalCase(string text)
        {
            var builder = new StringBuilder(text.Length);
            var startOfWord = true;
            foreach (var c in text)
            {
                if (IsAsciiLetter(c) || IsAsciiDigit(c))
                {
                    builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                    startOfWord = false;
                }
                else
                {
                    startOfWord = true;
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// The slug an author most likely meant: <c>New York</c> and <c>NewYork</c> give <c>new-york</c>, <c>café</c>
        /// gives <c>cafe</c>. Null when no valid slug comes out (nothing but symbols, or a leading digit).
        /// </summary>
        public static string? SuggestSlug(string text)
        {
            var builder = new StringBuilder(Math.Min(text.Length, 256));
            var pendingSeparator = false;
            var previous = '\0';
            foreach (var c in Decompose(text.Length > 1024 ? text.Substring(0, 1024) : text))
            {
                if (builder.Length >= 256)
                {
                    break;
                }

                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue; // the accent of a decomposed letter: é is e + U+0301
                }

                if (IsAsciiLetter(c) || IsAsciiDigit(c))
                {
                    // A capital after a lowercase letter starts a word: NewYork is new-york.
                    if (builder.Length > 0 && (pendingSeparator || (c >= 'A' && c <= 'Z' && previous >= 'a' && previous <= 'z')))
                    {
                        builder.Append('-');
                    }

                    builder.Append(char.ToLowerInvariant(c));
                    pendingSeparator = false;
                }
                else
                {
                    pendingSeparator = true;
                }

                previous = c;
            }

            var slug = builder.ToString();
            return IsSlug(slug) && slug != text ? slug : null;
        }

        private static string Decompose(string text)
        {
            try
            {
                return text.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                return text; // a lone surrogate: no accents to strip
            }
        }

        /// <summary>camelCase for parameters, escaped with '@' so a keyword stays usable.</summary>
        public static string ToParameterName(string pascalName) =>
            "@" + char.ToLowerInvariant(pascalName[0]) + pascalName.Substring(1);

        /// <summary>The candidate closest to <paramref name="text"/>, if it is close enough to be a likely typo.</summary>
        public static string? Closest(string text, IEnumerable<string> candidates) => new SuggestionIndex(candidates).Closest(text);

        /// <summary>" (did you mean 'x'?)" or nothing.</summary>
        public static string Suggestion(string text, IEnumerable<string> candidates) => new SuggestionIndex(candidates).Suggestion(text);

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
    }
}
