export {
  installLocalForgeRuntime,
  invokeFunction,
  invokeTrigger,
  macroContext,
  SANDBOX_APP_ID,
  SANDBOX_ENVIRONMENT_ID,
  SANDBOX_CLOUD_ID,
  SANDBOX_INSTALL_CONTEXT,
} from './runtime';
export type { LocalForgeOptions, InvokeOptions } from './runtime';
export { deliverTaskEvents } from './events';
export type { TaskEventDelivery } from './events';
