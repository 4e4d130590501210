using System.IO;
using YamlDotNet.Serialization;

namespace Factbook.Generator.Tests.Layouts;

/// <summary>
/// The vendored corpus (benchmarks/corpus/pypa-advisory-db: 1,000 OSV advisories, byte for byte) bound with what
/// this data is looked up by: a lookup into <c>affected[].package.name</c>, the dataset's own <c>withdrawn</c> as
/// retirement, patterns for the ids of other datasets, shared and enum-typed references. It binds whole but for one
/// typo the pattern finds in the published data (an alias written 'GHSA-jf66-3q76-h5p5,'), reported at its line with
/// that advisory left out, and every lookup gives what YamlDotNet's reading of the files gives.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CorpusTests
{
    private const string Schema = """
        objects:
          Reference:
            fields:
              type: { type: enum, values: [WEB, ADVISORY, FIX, REPORT, EVIDENCE, PACKAGE, ARTICLE] }
              url: string # one advisory writes 'ttps://', which a url field refuses
        types:
          Advisory:
            files: "vulns/**/*.yaml"
            layout: record
            id: { from: field, field: id }
            retired: { when: withdrawn }
            members: none
            fields:
              details: string
              summary: { type: string, optional: true }
              aliases: { type: "string[]", optional: true, pattern: '^(CVE-[0-9]{4}-[0-9]{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|SNYK-[A-Z0-9-]+|GSD-[0-9]{4}-[0-9]+)$' }
              modified: datetime
              published: { type: datetime, optional: true }
              withdrawn: { type: datetime, optional: true }
              related: { type: "string[]", optional: true, pattern: '^(CVE|GHSA|PYSEC)-' }
              affected:
                type: "object[]"
                fields:
                  package:
                    type: object
                    fields:
                      name: { type: string, index: true }
                      ecosystem: { type: enum, values: [PyPI] }
                      purl: { type: string, optional: true }
                  ranges:
                    type: "object[]"
                    optional: true
                    fields:
                      type: { type: enum, values: [ECOSYSTEM, GIT, SEMVER] }
                      repo: { type: url, optional: true }
                      events:
                        type: "object[]"
                        fields:
                          introduced: { type: string, optional: true }
                          fixed: { type: string, optional: true, index: true }
                          last_affected: { type: string, optional: true }
                          limit: { type: string, optional: true }
                  versions: { type: "string[]", optional: true }
              references: { type: "Reference[]", optional: true }
              severity:
                type: "object[]"
                optional: true
                fields:
                  type: { type: enum, values: [CVSS_V3, CVSS_V4] }
                  score: string
        """;

    private static readonly string Root = Path.Combine(RepositoryPaths.Root(), "benchmarks", "corpus", "pypa-advisory-db");

    [Fact]
    public void TheCorpusBindsWholeAndItsLookupsGiveWhatItsFilesSay()
    {
        var paths = Directory.GetFiles(Path.Combine(Root, "vulns"), "*.yaml", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/')).OrderBy(path => path, StringComparer.Ordinal).ToList();
        var files = paths.Select(path => new ContentFile("/p/content/" + path, File.ReadAllText(Path.Combine(Root, path)))).Prepend(new ContentFile("/p/content/advisories.schema.yaml", Schema));
        const string probe = """
            using System.Linq;
            using Test.Content;
            public static class Probe
            {
                public static string Run() =>
                    Advisories.Count + "|" + Advisories.All.Count(a => a.Severity.Any(s => s.Type == AdvisorySeverityType.CvssV3)) + "|" + Advisories.All.Sum(a => a.References.Count(r => r.Type == ReferenceType.Fix)) + "\n" +
                    string.Join("\n", Advisories.All.SelectMany(a => a.Affected.Select(x => x.Package.Name)).Distinct().OrderBy(n => n, System.StringComparer.Ordinal)
                        .Select(n => n + "=" + string.Join(",", Advisories.ByAffectedPackageName(n).Select(a => a.Id))));
            }
            """;

        var run = GeneratorHarness.Run(files.ToArray(), probe);

        var typo = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0027", "/p/content/vulns/keylime/PYSEC-2022-184.yaml", 45, 3), (typo.Id, typo.Location.GetLineSpan().Path, typo.Line(), typo.Column()));
        Assert.Contains("'GHSA-jf66-3q76-h5p5,' is not one", typo.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(Expected(paths, leftOut: "PYSEC-2022-184"), run.Invoke("Probe", "Run"));
    }

    /// <summary>The same figures from YamlDotNet's reading of the files, written here independently of the generator.</summary>
    private static string Expected(List<string> paths, string leftOut)
    {
        var deserializer = new DeserializerBuilder().Build();
        var advisories = paths.Select(path => deserializer.Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(Root, path))))
            .Where(advisory => !advisory.ContainsKey("withdrawn") && (string)advisory["id"] != leftOut)
            .ToList();
        static IEnumerable<Dictionary<object, object>> Items(Dictionary<object, object> record, string key) =>
            record.TryGetValue(key, out var list) && list is List<object> items ? items.Cast<Dictionary<object, object>>() : [];
        static string Package(Dictionary<object, object> affected) => (string)((Dictionary<object, object>)affected["package"])["name"];
        var severe = advisories.Count(advisory => Items(advisory, "severity").Any(severity => (string)severity["type"] == "CVSS_V3"));
        var fixes = advisories.Sum(advisory => Items(advisory, "references").Count(reference => (string)reference["type"] == "FIX"));
        var names = advisories.SelectMany(advisory => Items(advisory, "affected").Select(Package)).Distinct().OrderBy(name => name, StringComparer.Ordinal);
        return advisories.Count + "|" + severe + "|" + fixes + "\n" + string.Join("\n", names.Select(name =>
            name + "=" + string.Join(",", advisories.Where(advisory => Items(advisory, "affected").Any(affected => Package(affected) == name)).Select(advisory => (string)advisory["id"]))));
    }
}
