using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Factbook.Generator;
using Factbook.Generator.Content;
using Factbook.Generator.Emit;
using Factbook.Generator.Model;
using Factbook.Generator.Parsing;

namespace Factbook.Benchmarks;

/// <summary>
/// Where a cold run's time goes, step by step, outside Roslyn's driver: parsing into the tree, reading
/// entries, assembling, emitting. `--stages` prints it, to decide what to make faster.
/// </summary>
public static class StageTimes
{
    public static void Run(int entries, Action<string, double, string> report)
    {
        var workload = new Workload(entries);
        var files = workload.Files.Select(file => (file.Path, file.Text)).ToArray();
        var schemaFiles = files.Where(file => ParsedYamlFile.IsSchemaPath(file.Path)).ToArray();
        var contentFiles = files.Where(file => !ParsedYamlFile.IsSchemaPath(file.Path)).ToArray();
        var schema = PipelineSteps.ReadSchema(schemaFiles.Select(file => PipelineSteps.ParseSchemaFile(file.Path, file.Text, ParseLimits.Default, CancellationToken.None)).ToList(), CancellationToken.None);
        var context = new EmitContext("Bench.Content", true);
        for (var round = 0; round < 12; round++)
        {
            var clock = Stopwatch.StartNew();
            workload.ParseOnly();
            var floor = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var parsed = contentFiles.Select(file => YamlFileParser.Parse(file.Path, file.Text, ParseLimits.Default)).ToList();
            var parse = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var read = parsed.Select(file => EntryReader.Read(file, schema)).ToList();
            var bind = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var model = PipelineSteps.Assemble(read, schema, "/", stringTables: false, CancellationToken.None);
            var assemble = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var characters = 0L;
            foreach (var collection in model.Collections)
            {
                characters += TypeEmitter.Emit(new TypeShape(collection.Type, collection.Entries.Count, collection.Entries.Count), context).Length;
                characters += MembersEmitter.Emit(new MembersModel(collection.Type, collection.Entries.Select(entry => new EntryMember(entry.Id, entry.MemberName, string.Empty)).ToEquatableArray(), collection.IdsWithProblems), context).Length;
                for (var chunk = 0; chunk * TableEmitter.ChunkSize < collection.Entries.Count; chunk++)
                {
                    characters += TableEmitter.Emit(new TableChunk(collection.Type, chunk, collection.Entries.Skip(chunk * TableEmitter.ChunkSize).Take(TableEmitter.ChunkSize).ToEquatableArray()), context).Length;
                }
            }

            var emit = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            workload.Cold();
            var cold = clock.Elapsed.TotalMilliseconds;
            if (round >= 6)
            {
                report("stage_floor", floor, "ms");
                report("stage_parse_to_tree", parse, "ms");
                report("stage_read_entries", bind, "ms");
                report("stage_assemble", assemble, "ms");
                report("stage_emit", emit, "ms");
                report("stage_cold_in_driver", cold, "ms");
                report("stage_emitted_chars", characters, "");
            }
        }
    }
}
