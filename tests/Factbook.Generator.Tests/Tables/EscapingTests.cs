using System.Xml.Linq;

namespace Factbook.Generator.Tests.Tables;

/// <summary>
/// Every string from YAML reaches generated code through one escaping path: hostile text compiles, reads back
/// exactly, leaves doc comments well-formed XML, and puts no character outside printable ASCII into the
/// generated source (Trojan Source, CVE-2021-42574).
/// </summary>
public class EscapingTests
{
    public static TheoryData<string> HostileStrings => new()
    {
        "\"", "\\", "\\\"", "a\nb", "a\r\nb", "*/", "/* not a comment", "{", "}", "{0}", "\0", "nul\0inside",
        "\uD800", "x\uDC00", "\u202Eevil\u202C", "\u2066isolate\u2069", "zero\u200Bwidth", "</summary>", "]]>",
        "<b>&amp;</b>", "&", "<", "\uD83D\uDE00", "\u0085", "line\u2028separator", "\t", "#if DEBUG", "#endregion",
        "\"; System.Environment.Exit(1); //", "e\u0301", "\u001B[31mred", "\uFEFFbom", "\u007F", "~", "",
        new string('\\', 7) + "\"",
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void HostileTextCompilesAndReadsBackExactly(string hostile) => AssertReadsBack(hostile, properties: null);

    /// <summary>The same with tables as string constants, as projects before C# 11 or .NET Core 3.0 get them.</summary>
    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void HostileTextReadsBackFromStringTablesToo(string hostile) => AssertReadsBack(hostile, TestContent.StringTables);

    private static void AssertReadsBack(string hostile, System.Collections.Generic.IReadOnlyDictionary<string, string>? properties)
    {
        var quoted = YamlText.DoubleQuoted(hostile);
        var run = GeneratorHarness.Run(
            [
                TestContent.Schema("types:\n  Note:\n    description: " + quoted + "\n    fields:\n      text: { type: string, description: " + quoted + " }\n      tags: { type: \"string[]\", optional: true }\n"),
                new ContentFile("/project/content/notes.yaml", "notes:\n  - id: a\n    text: " + quoted + "\n    tags: [" + quoted + ", " + quoted + "]\n"),
            ],
            "public static class Probe { public static string[] Run() => new[] { Test.Content.Notes.A.Text, Test.Content.Notes.Get(\"a\").Tags[1] }; }",
            properties: properties);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal([hostile, hostile], (string[])run.Invoke("Probe", "Run")!);
        foreach (var (hintName, text) in run.Sources)
        {
            Assert.True(text.All(c => c == '\n' || (c >= ' ' && c <= '~')), hintName + " has a character outside printable ASCII");
            AssertDocCommentsAreXml(text);
        }
    }

    /// <summary>Each member's doc comment lines, joined, parse as XML.</summary>
    private static void AssertDocCommentsAreXml(string source)
    {
        var comment = new StringBuilder();
        foreach (var line in source.Split('\n').Select(line => line.Trim()))
        {
            if (line.StartsWith("///", System.StringComparison.Ordinal))
            {
                comment.Append(line.Substring(3));
            }
            else if (comment.Length > 0)
            {
                XElement.Parse("<doc>" + comment + "</doc>");
                comment.Clear();
            }
        }
    }
}
