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

        /// <summary>
        /// The longest name written in content that becomes a C# name or part of a file name (types, fields,
        /// enum values, collections, ids): emitted files are named after types and must stay under the 255
        /// bytes file systems allow.
        /// </summary>
        public const int MaxNameLength = 200;

        /// <summary>The longest generated C# name: with a namespace of up to 200 characters, full names stay within the 1,024 UTF-8 bytes the compiler allows (CS7013).</summary>
        public const int MaxGeneratedNameLength = 800;

        /// <summary>"is 300 characters long; …" when <paramref name="name"/> is longer than <see cref="MaxNameLength"/>, else null.</summary>
        public static string? LengthProblem(string name) =>
            name.Length <= MaxNameLength ? null : "is " + name.Length.ToString(CultureInfo.InvariantCulture) + " characters long";

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

        /// <summary>The candidate closest to <paramref name="text"/>, if it is close enough to be a likely typo.</summary>
        public static string? Closest(string text, IEnumerable<string> candidates) => new SuggestionIndex(candidates).Closest(text);

        /// <summary>" (did you mean 'x'?)" or nothing.</summary>
        public static string Suggestion(string text, IEnumerable<string> candidates) => new SuggestionIndex(candidates).Suggestion(text);

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
    }
}
