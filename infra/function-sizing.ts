/** The V8 heap limit that goes with a function's memory (the contracts in shared/contracts size
 * each function), declared once for the CDK constructs and the benchmark. Kept free of aws-cdk-lib
 * so the benchmark can read it cheaply. */

/** The old-generation heap limit: three quarters of the function's memory, the rest left to Node
 * itself, buffers and the young generation. Set rather than left to V8's default, which V8 derives
 * from the memory it detects. */
export const heapLimitMb = (memoryMb: number): number => Math.floor(memoryMb * 0.75);

/** NODE_OPTIONS of a function with `memoryMb`: source-mapped stack traces and its heap limit. */
export const nodeOptions = (memoryMb: number): string => `--enable-source-maps --max-old-space-size=${heapLimitMb(memoryMb)}`;

/** Every function runs on Graviton (Arm), which Lambda bills lower per GB-second than x86. */
export const FUNCTION_ARCHITECTURE = 'arm64' as const;
