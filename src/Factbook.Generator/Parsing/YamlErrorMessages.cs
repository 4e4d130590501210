namespace Factbook.Generator.Parsing
{
    /// <summary>
    /// YamlDotNet's syntax errors in plain words, with the fix. Its messages name parser states ("While
    /// scanning a plain scalar value, found invalid mapping") that content authors cannot act on. Matched by
    /// a distinctive part of the message; anything not listed is shown as YamlDotNet says it.
    /// </summary>
    internal static class YamlErrorMessages
    {
        private static readonly (string Says, string Means)[] Translations =
        {
            ("tab", "YAML does not allow tabs for indentation; indent with spaces"),
            ("found invalid mapping", "a ': ' here starts a key inside a value; put a value that contains ': ' in quotes, and line each key up with the keys above it"),
            ("double-quoted scalar, found wrong indentation", "a quoted value is not closed, or a line of it is not indented under its key; close the quote, or indent the value's next lines"),
            ("quoted scalar, found unexpected end of stream", "a quoted value is not closed; add the closing quote (inside single quotes, write '' for an apostrophe)"),
            ("flow sequence, did not find expected ',' or ']'", "a list opened with '[' is not closed; add ']', and separate the items with ','"),
            ("flow mapping, did not find expected ',' or '}'", "a mapping opened with '{' is not closed; add '}', and separate the pairs with ','"),
            ("block collection, did not find expected '-' indicator", "this line does not line up with the list above it; indent it under its list item, or start a new item with '- '"),
            ("block mapping, did not find expected key", "this line does not fit the mapping above it; check its indentation, that it reads 'key: value', and that nothing follows a closing quote (write '' for an apostrophe in single quotes)"),
            ("found character that cannot start any token", "a plain value cannot start with this character ('@' and '`' are reserved in YAML); put the value in quotes"),
            ("found unknown escape character", "this backslash escape is not one YAML knows in double quotes; write '\\\\' for a backslash, or use single quotes"),
            ("could not find expected ':'", "a key here has no ':'; write 'key: value', or put the text in quotes"),
        };

        /// <summary>The plain-words message for YamlDotNet's <paramref name="message"/> (its position prefix removed).</summary>
        public static string Explain(string message)
        {
            foreach (var (says, means) in Translations)
            {
                if (message.IndexOf(says, StringComparison.Ordinal) >= 0)
                {
                    return means;
                }
            }

            return message;
        }

        public static bool IsAboutTabs(string message) => message.IndexOf("tab", StringComparison.Ordinal) >= 0;
    }
}
