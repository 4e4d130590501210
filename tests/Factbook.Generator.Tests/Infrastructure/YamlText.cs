using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>Helpers for writing YAML in tests and reading where diagnostics point.</summary>
internal static class YamlText
{
    /// <summary>
    /// A YAML double-quoted scalar: printable ASCII as is, a surrogate pair as one '\U' escape, everything else as
    /// '\u'. YAML has no escape for half a character (YamlDotNet refuses "\uD800"), so a lone surrogate is written
    /// as it is, as an editor's buffer may hold it.
    /// </summary>
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, text[++i]).ToString("X8", CultureInfo.InvariantCulture));
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c >= ' ' && c <= '~' => c.ToString(),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>1-based line, as the compiler prints it.</summary>
    public static int Line(this Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>1-based column, as the compiler prints it.</summary>
    public static int Column(this Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1;
}
