/** The memory the functions get and the V8 heap limit that goes with it, declared once for the CDK
 * constructs and the benchmark. Kept free of aws-cdk-lib so the benchmark can read it cheaply. */

export const FUNCTION_MEMORY_MB = 512;

/** Computing a ranking reads, ranks and writes every entry of an edition: the compute-ranking route
 * and the stage transition get more (memory also buys CPU). The benchmark's 50,000 entries × 3
 * judges peak at about 330–360 MB RSS under the heap limit below. */
export const RANKING_MEMORY_MB = 1024;

/** The old-generation heap limit: three quarters of the function's memory, the rest left to Node
 * itself, buffers and the young generation. Set rather than left to V8's default, which V8 derives
 * from the memory it detects. */
export const heapLimitMb = (memoryMb: number): number => Math.floor(memoryMb * 0.75);

/** NODE_OPTIONS of a function with `memoryMb`: source-mapped stack traces and its heap limit. */
export const nodeOptions = (memoryMb: number): string => `--enable-source-maps --max-old-space-size=${heapLimitMb(memoryMb)}`;
