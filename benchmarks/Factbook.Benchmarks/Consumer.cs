using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Factbook.Benchmarks;

/// <summary>
/// What a project does without Factbook: deserialize the same YAML into classes at start-up with
/// YamlDotNet, then look ids up in a dictionary.
/// </summary>
public static class Consumer
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static Dictionary<string, CityDocument> LoadCities(IEnumerable<Workload.TextFile> files)
    {
        var cities = new Dictionary<string, CityDocument>(System.StringComparer.Ordinal);
        foreach (var file in files.Where(file => !file.Path.EndsWith(".schema.yaml", System.StringComparison.Ordinal)))
        {
            var document = Deserializer.Deserialize<ContentDocument>(file.Text);
            foreach (var city in document.Cities ?? [])
            {
                cities.Add(city.Id, city);
            }
        }

        return cities;
    }

    public sealed class ContentDocument
    {
        public List<RegionDocument>? Regions { get; set; }

        public List<CityDocument>? Cities { get; set; }

        public List<FactDocument>? Facts { get; set; }
    }

    public sealed class RegionDocument
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public int Code { get; set; }

        public string Kind { get; set; } = "";
    }

    public sealed class CityDocument
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public int Population { get; set; }

        public string? Founded { get; set; }

        public string Region { get; set; } = "";

        public List<string>? Twins { get; set; }
    }

    public sealed class FactDocument
    {
        public string Id { get; set; } = "";

        public string Statement { get; set; } = "";

        public string Confidence { get; set; } = "";

        public List<string> About { get; set; } = [];

        public string? Region { get; set; }

        public FigureDocument? Figure { get; set; }
    }

    public sealed class FigureDocument
    {
        public int Count { get; set; }

        public string Unit { get; set; } = "";
    }
}
