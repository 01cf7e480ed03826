import { storeContract } from '../contract.js';
import { MemoryStore } from './memory-store.js';

storeContract('MemoryStore', async () => new MemoryStore());
