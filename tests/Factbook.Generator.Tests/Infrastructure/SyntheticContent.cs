// Linked into the benchmark too, which has no global usings: this file keeps its own.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>
/// Makes a schema and content of any size, the same for the same arguments: regions, cities that refer to
/// regions and to each other, and facts that refer to both, in files of about ten entries.
/// </summary>
public static class SyntheticContent
{
    public const string Schema = """
        types:
          Region:
            description: A region.
            fields:
              name: { type: string, description: The region's name. }
              code: { type: int, description: A numeric code. }
              kind: { type: enum, values: [state, province, oblast, county], description: What sort of region. }
          City:
            collection: cities
            description: A city.
            fields:
              name: { type: string, description: The city's name. }
              population: { type: int, description: How many live there. }
              founded: { type: date, optional: true, description: When it was founded. }
              region: { type: Region, description: The region it lies in. }
              twins: { type: "City[]", optional: true, description: Its twin cities. }
          Fact:
            description: A statement about cities.
            display: statement
            fields:
              statement: { type: string, description: What is claimed. }
              confidence: { type: enum, values: [stated, likely, most likely], default: stated }
              about: { type: "City[]", description: The cities it is about. }
              region: { type: Region, optional: true }
              figure:
                type: object
                optional: true
                fields:
                  count: int
                  unit: string
        """;

    /// <summary>The schema and content files for <paramref name="entries"/> entries (a tenth regions, four tenths cities, half facts).</summary>
    public static IReadOnlyList<(string Path, string Text)> Make(int entries, int entriesPerFile = 10, int seed = 20231102)
    {
        var random = new Random(seed);
        var regions = Math.Max(1, entries / 10);
        var cities = Math.Max(1, entries * 4 / 10);
        var facts = Math.Max(0, entries - regions - cities);
        var files = new List<(string, string)> { ("/content/synthetic.schema.yaml", Schema) };
        AddFiles(files, "regions", regions, entriesPerFile, (text, i) => text
            .Append("  - id: region-").Append(Number(i)).Append('\n')
            .Append("    name: Region ").Append(Number(i)).Append('\n')
            .Append("    code: ").Append(random.Next(1, 100_000).ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("    kind: ").Append(new[] { "state", "province", "oblast", "county" }[random.Next(4)]).Append('\n'));
        AddFiles(files, "cities", cities, entriesPerFile, (text, i) =>
        {
            text.Append("  - id: city-").Append(Number(i)).Append('\n')
                .Append("    name: \"City ").Append(Number(i)).Append(" \\u00e9\"\n")
                .Append("    population: ").Append(random.Next(1_000, 10_000_000).ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("    region: region-").Append(Number(random.Next(regions))).Append('\n');
            if (random.Next(2) == 0)
            {
                text.Append("    founded: ").Append(random.Next(1000, 2000).ToString(CultureInfo.InvariantCulture)).Append("-0").Append(random.Next(1, 10).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            if (random.Next(3) == 0)
            {
                text.Append("    twins: [city-").Append(Number(random.Next(cities))).Append(", city-").Append(Number(random.Next(cities))).Append("]\n");
            }
        });
        AddFiles(files, "facts", facts, entriesPerFile, (text, i) =>
        {
            text.Append("  - id: fact-").Append(Number(i)).Append('\n')
                .Append("    statement: Fact number ").Append(Number(i)).Append(" says something likely about a city.\n")
                .Append("    confidence: ").Append(new[] { "stated", "likely", "most likely" }[random.Next(3)]).Append('\n')
                .Append("    about: [city-").Append(Number(random.Next(cities))).Append("]\n");
            if (random.Next(2) == 0)
            {
                text.Append("    region: region-").Append(Number(random.Next(regions))).Append('\n')
                    .Append("    figure: { count: ").Append(random.Next(1, 50).ToString(CultureInfo.InvariantCulture)).Append(", unit: systems }\n");
            }
        });
        return files;
    }

    private static void AddFiles(List<(string, string)> files, string collection, int count, int perFile, Action<StringBuilder, int> appendEntry)
    {
        for (var start = 0; start < count; start += perFile)
        {
            var text = new StringBuilder(collection).Append(":\n");
            for (var i = start; i < Math.Min(count, start + perFile); i++)
            {
                appendEntry(text, i);
            }

            files.Add(("/content/" + collection + "/" + collection + "-" + Number(start / perFile) + ".yaml", text.ToString()));
        }
    }

    private static string Number(int value) => value.ToString("D6", CultureInfo.InvariantCulture);
}
