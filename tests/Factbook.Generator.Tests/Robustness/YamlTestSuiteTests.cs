using System.IO;
using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// Every case of the official YAML test suite (kept in tests/yaml-test-suite) goes through the
/// generator as a content file: invalid YAML must give a located FB0001, valid YAML must not, and nothing
/// may throw. The cases where YamlDotNet itself disagrees with the suite are listed in
/// YamlTestSuite.disagreements.txt beside this file (and docs/reliability.md), so a change in them is noticed.
/// </summary>
public class YamlTestSuiteTests
{
    private static readonly string SuiteFolder = Path.Combine(RepositoryPaths.Root(), "tests", "yaml-test-suite");

    [Fact]
    public void EveryCaseGivesALocatedDiagnosticOrOutputAndNothingThrows()
    {
        Assert.True(Directory.Exists(SuiteFolder), "The YAML test suite is expected at " + SuiteFolder);
        var cases = Directory.GetFiles(SuiteFolder, "in.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetDirectoryName(path)!)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(folder => new SuiteCase(
                Path.GetRelativePath(SuiteFolder, folder).Replace('\\', '/'),
                File.ReadAllText(Path.Combine(folder, "in.yaml")),
                File.Exists(Path.Combine(folder, "error"))))
            .ToList();
        Assert.True(cases.Count > 300, "only " + cases.Count + " cases found");

        var run = GeneratorHarness.Run([TestContent.Schema(), .. cases.Select(c => new ContentFile(c.FilePath, c.Text))]);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "FB0999" or "CS8785");
        Assert.Empty(run.CompilationDiagnostics);
        var byFile = run.FactbookDiagnostics.ToLookup(d => d.Location.GetLineSpan().Path);
        var disagreements = new List<string>();
        foreach (var suiteCase in cases)
        {
            var syntaxErrors = byFile[suiteCase.FilePath].Where(d => d.Id == "FB0001").ToList();
            foreach (var error in syntaxErrors)
            {
                var line = error.Location.GetLineSpan().StartLinePosition.Line;
                Assert.InRange(line, 0, suiteCase.Text.Split('\n').Length);
            }

            if (suiteCase.IsInvalid != syntaxErrors.Count > 0)
            {
                disagreements.Add(suiteCase.Name + (suiteCase.IsInvalid ? " invalid, accepted" : " valid, rejected"));
            }
        }

        var knownFile = Path.Combine(RepositoryPaths.Root(), "tests", "Factbook.Generator.Tests", "Robustness", "YamlTestSuite.disagreements.txt");
        var known = File.ReadAllLines(knownFile).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        if (!known.SequenceEqual(disagreements))
        {
            File.WriteAllLines(Path.ChangeExtension(knownFile, ".received.txt"), disagreements);
        }

        Assert.Equal(known, disagreements);
    }

    private sealed record SuiteCase(string Name, string Text, bool IsInvalid)
    {
        public string FilePath => "/suite/" + Name + "/in.yaml";
    }
}
