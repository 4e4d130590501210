using System;
using System.Linq;
using System.Text.RegularExpressions;
using Factbook.Generator.Naming;
using Factbook.Generator.Tests.Infrastructure;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>A generated type never takes the place of a framework type that generated code uses.</summary>
public class FrameworkNameTests
{
    [Theory]
    [InlineData("System", "Uri", "System.Uri")]
    [InlineData("System", "Collections", "System.Collections.Generic.Dictionary")]
    [InlineData("System", "Obsolete", "System.ObsoleteAttribute")]
    [InlineData("System.Linq", "Enumerable", "System.Linq.Enumerable")]
    public void ANamespaceWhereATypeWouldHideAFrameworkTypeFallsBackAndSaysWhy(string space, string type, string hidden)
    {
        var schema = "types:\n  " + type + ":\n    collection: things\n    fields:\n      link: { type: url, optional: true }\n";
        var run = GeneratorHarness.Run([TestContent.Schema(schema), new ContentFile("/project/content/things.yaml", "things:\n  - id: a\n    link: https://example.org/\n")], string.Empty, factbookNamespace: space);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0032", diagnostic.Id);
        Assert.Equal($"The namespace '{space}' would make the generated type '{type}' take the place of {hidden}, which generated code uses; using 'Factbook.Content' instead", diagnostic.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void EveryFrameworkNameTheEmittersWriteIsKnown()
    {
        var everyScalarKind = "types:\n  Sample:\n    fields:\n" + string.Concat(Factbook.Generator.Kinds.ScalarKinds.Keywords.Select(kind => "      f_" + kind + ": { type: " + kind + ", optional: true }\n"));
        var run = GeneratorHarness.Run([.. SnapshotTests.EveryFieldKindFiles, new ContentFile("/project/content/samples.schema.yaml", everyScalarKind)]);
        var written = run.Sources
            .SelectMany(source => Regex.Matches(source.Text, @"global::(System(\.[A-Za-z]+)+)").Select(match => match.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(written);
        Assert.All(written, name => Assert.True(
            FrameworkNames.Used.Any(used => used == name || used == name + "Attribute" || name.StartsWith(used + ".", StringComparison.Ordinal)),
            name + " is written by an emitter but missing from FrameworkNames.Used"));
    }
}
