using System.Collections.Generic;
using System.Globalization;

namespace Factbook.Benchmarks;

/// <summary>
/// A database of one advisory per file, as security-advisory databases keep it: read as it is
/// (<c>files: "gems/**/*.yml"</c>, <c>layout: record</c>, the id from the path), and the same advisories in
/// Factbook's own layout (a collection key, an <c>id</c>), one file each, so the two differ only by layout.
/// </summary>
public static class AdvisoryContent
{
    private const string Fields = """
            fields:
              gem: { type: string, index: true }
              cve: string
              date: date
              title: string
              cvss_v3: { type: decimal, optional: true }
              patched_versions: "string[]"
        """;

    public static IReadOnlyList<(string Path, string Text)> Make(int count, bool existingLayout)
    {
        var schema = existingLayout
            ? "types:\n  Advisory:\n    files: \"gems/**/*.yml\"\n    layout: record\n" + Fields
            : "types:\n  Advisory:\n" + Fields;
        var files = new List<(string, string)> { ("/content/advisories.schema.yaml", schema) };
        for (var i = 0; i < count; i++)
        {
            var gem = "gem" + (i / 7).ToString("D4", CultureInfo.InvariantCulture);
            var cve = "CVE-20" + (10 + (i % 14)).ToString(CultureInfo.InvariantCulture) + "-" + (1000 + i).ToString(CultureInfo.InvariantCulture);
            var record = "gem: " + gem + "\ncve: " + cve + "\ndate: 20" + (10 + (i % 14)).ToString(CultureInfo.InvariantCulture) + "-0" + (1 + (i % 9)).ToString(CultureInfo.InvariantCulture) +
                "-1" + (i % 9).ToString(CultureInfo.InvariantCulture) + "\ntitle: Advisory " + i.ToString(CultureInfo.InvariantCulture) + " of " + gem +
                "\ncvss_v3: " + (i % 10).ToString(CultureInfo.InvariantCulture) + ".5\npatched_versions:\n  - \">= " + (i % 5).ToString(CultureInfo.InvariantCulture) + ".2.1\"\n";
            var path = "/content/gems/" + gem + "/" + cve + ".yml";
            files.Add(existingLayout
                ? (path, "---\n" + record)
                : (path, "advisories:\n  - id: " + gem + "/" + cve + "\n" + Indent(record)));
        }

        return files;
    }

    private static string Indent(string record) => "    " + record.Replace("\n", "\n    ").TrimEnd(' ');
}
