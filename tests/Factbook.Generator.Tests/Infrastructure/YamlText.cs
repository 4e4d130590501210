using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>Helpers for writing YAML in tests and reading where diagnostics point.</summary>
internal static class YamlText
{
    /// <summary>A YAML double-quoted scalar: printable ASCII as is, everything else escaped.</summary>
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
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
