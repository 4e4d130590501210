using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Factbook.Benchmarks;

/// <summary>
/// Real content: 1,000 OSV advisories of the Python Packaging Authority's advisory database, vendored in
/// <c>benchmarks/corpus/pypa-advisory-db/</c> as they are (CC BY 4.0, see its SOURCE.md), bound by a schema
/// beside them: one record per file, ids from the files' own <c>id:</c>, nested lists of objects, an index.
/// </summary>
public static class Corpus
{
    /// <summary>The corpus folder, found from the repository's root above this program.</summary>
    public static string Folder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Generator.sln")))
                {
                    return Path.Combine(folder.FullName, "benchmarks", "corpus", "pypa-advisory-db");
                }
            }

            throw new InvalidOperationException("The repository (Generator.sln) is not above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The schema and the advisories, with paths as a project below <c>/corpus/</c> would give them.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files() =>
        Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Select(path => ("/corpus/" + Path.GetRelativePath(Folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .OrderBy(file => file.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>The file a value edit changes, and the edit: the first words of one advisory's details.</summary>
    public const string EditedPath = "/vulns/bleach/";

    public static string Edit(string text) => text.Replace("details: ", "details: Edited. ", StringComparison.Ordinal);

    /// <summary>An advisory added as a file of its own.</summary>
    public static Workload.TextFile Added { get; } = new(
        "/corpus/vulns/zz-added/PYSEC-0000-1.yaml",
        "id: PYSEC-0000-1\ndetails: An advisory added to the corpus.\naffected:\n- package:\n    name: zz-added\n    ecosystem: PyPI\nmodified: \"2024-01-01T00:00:00Z\"\npublished: \"2024-01-01T00:00:00Z\"\n");

    /// <summary>
    /// The same advisories as one file of 2 MB, a list of records (as one large data file is kept): what an edit
    /// of one value costs when the file it is in is all the content.
    /// </summary>
    public static Workload OneLargeFile()
    {
        var files = Files();
        var schema = files.Single(file => file.Path.EndsWith(".schema.yaml", StringComparison.Ordinal)).Text
            .Replace("files: \"vulns/**/*.yaml\"", "files: all.yaml", StringComparison.Ordinal)
            .Replace("layout: record", "layout: list", StringComparison.Ordinal);
        var all = new System.Text.StringBuilder();
        foreach (var (_, text) in files.Where(file => !file.Path.EndsWith(".schema.yaml", StringComparison.Ordinal)))
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            all.Append("- ").Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                all.Append(line.Length == 0 ? string.Empty : "  " + line).Append('\n');
            }
        }

        return new Workload(files.Count - 1, [("/corpus/advisories.schema.yaml", schema), ("/corpus/all.yaml", all.ToString())], "/all.yaml", text => text.Replace("details: ", "details: Edited. ", StringComparison.Ordinal));
    }

    public static Workload Workload()
    {
        var files = Files();
        return new Workload(files.Count - 1, files, EditedPath, Edit);
    }
}
