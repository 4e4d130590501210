using System.Reflection;
using Factbook.Generator.Emit;

namespace Factbook.Generator.Tests.Package;

/// <summary>The version the generated code names is the package's, and every generated type carries it.</summary>
public class VersionTests
{
    [Fact]
    public void GeneratedCodeNamesThePackagesVersion()
    {
        var informational = typeof(EmitContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(EmitContext.ToolVersion, informational.Split('+')[0]);
    }

    [Fact]
    public void EveryGeneratedTypeCarriesTheSameGeneratedCodeAttribute()
    {
        var run = GeneratorHarness.Run(SnapshotTests.EveryFieldKindFiles);

        Assert.All(run.Sources, source => Assert.DoesNotContain("GeneratedCode(\"Factbook\", \"", source.Text.Replace("GeneratedCode(\"Factbook\", \"" + EmitContext.ToolVersion + "\")", string.Empty), System.StringComparison.Ordinal));
        Assert.Contains(run.Sources, source => source.HintName == SupportEmitter.HintName && source.Text.Contains("GeneratedCode(\"Factbook\", \"" + EmitContext.ToolVersion + "\")", System.StringComparison.Ordinal));
    }
}
