using Factbook.Generator.Content;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;
using static Factbook.Generator.Tests.Infrastructure.BindingFixtures;

namespace Factbook.Generator.Tests.Robustness;

/// <summary>
/// Work that must stay linear in its input, checked by how its time grows from n to 4n (<see cref="Growth"/>),
/// never by a wall-clock limit. Run alone, after the other tests.
/// </summary>
[Collection(TimingCollection.Name)]
public class LinearGrowthTests
{
    [Fact]
    public void DerivingAMemberNameIsLinearInTheIdsLength()
    {
        var name = MemberNames.FromId(string.Concat(Enumerable.Repeat("é1-", 200_000)));

        var growth = Growth.OfQuadrupling(n => MemberNames.FromId(string.Concat(Enumerable.Repeat("é1-", n))), 100_000);
        Assert.True(growth < Growth.MostForLinear, "an id four times as long took " + growth.ToString("0.0", CultureInfo.InvariantCulture) + " times as long");
        Assert.StartsWith("E1E1E1", name, StringComparison.Ordinal);
        Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name));
    }

    /// <summary>Reading a schema of n member overrides and a map of n entries named by them: four times as many take about four times as long.</summary>
    [Fact]
    public void ReadingMemberOverridesAndEntriesGrowsLinearly()
    {
        var growth = Growth.OfQuadrupling(
            n =>
            {
                var (schema, content) = Overrides(n);
                var loaded = ContentLoader.Load([(SchemaPath, schema), (ThingsPath, content)], ParseLimits.Default, cancellationToken: TestContext.Current.CancellationToken);
                Assert.Equal(n, loaded.Content.Collections.Single().Entries.Count);
            },
            1_000,
            runs: 3);

        Assert.True(growth < Growth.MostForLinear, "four times the overrides took " + growth.ToString("0.0", CultureInfo.InvariantCulture) + " times as long");
    }
}
