using System;
using System.Diagnostics;
using System.Linq;
using Factbook.Generator.Content;
using Factbook.Generator.Emit;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace Factbook.Benchmarks;

/// <summary>Where a cold run's time goes, stage by stage (`--profile`).</summary>
public static class Profile
{
    public static void Run(int entries)
    {
        var workload = new Workload(entries);
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var parsed = workload.Files.Select(file => YamlFileParser.Parse(file.Path, file.Text)).ToList();
            var parse = watch.Elapsed.TotalMilliseconds;
            var schema = SchemaReader.Read(parsed.Where(file => file.IsSchema));
            var files = parsed.Where(file => !file.IsSchema).Select(file => EntryReader.Read(file, schema)).ToList();
            var read = watch.Elapsed.TotalMilliseconds;
            var model = ContentAssembler.Assemble(files, schema);
            var assemble = watch.Elapsed.TotalMilliseconds;
            var sources = model.Collections.Select(collection => TypeEmitter.Emit(collection, new EmitContext("Bench.Content", true))).ToList();
            var emit = watch.Elapsed.TotalMilliseconds;
            foreach (var source in sources)
            {
                CSharpSyntaxTree.ParseText(source);
            }

            var syntax = watch.Elapsed.TotalMilliseconds;
            var floor = workload.ParseOnly();
            var floorTime = watch.Elapsed.TotalMilliseconds - syntax;
            Console.WriteLine($"parse {parse:0.0} read {read - parse:0.0} assemble {assemble - read:0.0} emit {emit - assemble:0.0} syntax {syntax - emit:0.0} floor {floorTime:0.0} ms; source {sources.Sum(s => s.Length) / 1000} kchars");
        }
    }
}
